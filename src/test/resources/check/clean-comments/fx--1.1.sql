CREATE TABLE job (id int PRIMARY KEY, status text);
COMMENT ON TABLE job IS 'Jobs to run.';
COMMENT ON COLUMN job.status IS 'State.';
CREATE FUNCTION start(int) RETURNS int LANGUAGE sql AS 'SELECT $1 + 0';
COMMENT ON FUNCTION start(int) IS 'Runs a job.';
CREATE FUNCTION gone() RETURNS int LANGUAGE sql AS 'SELECT 1';
