\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE OR REPLACE FUNCTION lx_added() RETURNS integer
    LANGUAGE sql SET search_path = pg_catalog, pg_temp
    AS 'SELECT 1';
