DROP FUNCTION IF EXISTS alter_job(text);
DROP FUNCTION IF EXISTS alter_job(text, text);
DROP FUNCTION IF EXISTS alter_job(text, text, int);
CREATE FUNCTION alter_job(name text, state text, prio int DEFAULT 0) RETURNS void LANGUAGE sql AS 'SELECT';
