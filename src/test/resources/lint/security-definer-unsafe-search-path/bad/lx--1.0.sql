\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE FUNCTION lx_public() RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp
    AS 'SELECT 1';
CREATE FUNCTION lx_temp_first() RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog
    AS 'SELECT 1';
