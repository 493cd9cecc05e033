CREATE TABLE job (id int PRIMARY KEY, state text);
COMMENT ON TABLE job IS 'Jobs.';
CREATE FUNCTION run(int) RETURNS int LANGUAGE sql AS 'SELECT $1';
COMMENT ON FUNCTION run(int) IS 'Runs a job.';
CREATE FUNCTION stop(int) RETURNS int LANGUAGE sql AS 'SELECT $1';
COMMENT ON FUNCTION stop(int) IS 'Stops a job.';
