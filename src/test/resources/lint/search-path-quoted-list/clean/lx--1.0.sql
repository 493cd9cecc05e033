\echo Use "CREATE EXTENSION lx" to load this file. \quit
SET search_path TO pg_catalog, pg_temp;
CREATE FUNCTION lx_one() RETURNS integer
    LANGUAGE sql SET search_path = 'pg_catalog', 'pg_temp'
    AS 'SELECT 1';
