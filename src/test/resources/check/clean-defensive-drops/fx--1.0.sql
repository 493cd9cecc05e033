CREATE FUNCTION alter_job(name text, state text) RETURNS void LANGUAGE sql AS 'SELECT';
