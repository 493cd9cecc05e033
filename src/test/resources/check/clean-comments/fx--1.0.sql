CREATE TABLE job (id int PRIMARY KEY, state text);
COMMENT ON TABLE job IS 'Jobs.';
COMMENT ON COLUMN job.state IS 'State.';
CREATE FUNCTION run(int) RETURNS int LANGUAGE sql AS 'SELECT $1';
COMMENT ON FUNCTION run(int) IS 'Runs a job.';
CREATE FUNCTION gone() RETURNS int LANGUAGE sql AS 'SELECT 1';
COMMENT ON FUNCTION gone() IS 'Goes away.';
