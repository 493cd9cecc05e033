CREATE TABLE job (id int PRIMARY KEY, state text, owner text);
COMMENT ON TABLE job IS 'Jobs to run.';
COMMENT ON COLUMN job.owner IS 'Who started it.';
CREATE FUNCTION run(int) RETURNS int LANGUAGE sql AS 'SELECT $1';
COMMENT ON FUNCTION run(int) IS 'Runs a job.';
CREATE FUNCTION pause(int) RETURNS int LANGUAGE sql AS 'SELECT $1';
COMMENT ON FUNCTION pause(int) IS 'Pauses a job.';
CREATE FUNCTION stop(int) RETURNS int LANGUAGE sql AS 'SELECT $1';
COMMENT ON FUNCTION stop(int) IS 'Stops a job.';
