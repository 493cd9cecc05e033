\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE FUNCTION lx_answer() RETURNS integer
    LANGUAGE sql SET search_path = pg_catalog, pg_temp
    AS 'SELECT 42';
CREATE FUNCTION lx_added() RETURNS integer
    LANGUAGE sql SET search_path = pg_catalog, pg_temp
    AS 'SELECT 1';
