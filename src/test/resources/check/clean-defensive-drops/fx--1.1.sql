CREATE FUNCTION alter_job(name text, state text, prio int DEFAULT 0) RETURNS void LANGUAGE sql AS 'SELECT';
