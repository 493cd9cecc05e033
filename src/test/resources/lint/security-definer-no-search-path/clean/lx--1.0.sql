\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE FUNCTION lx_secret() RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS 'SELECT 1';
-- C code names nothing through search_path
CREATE FUNCTION lx_native() RETURNS integer
    AS 'MODULE_PATHNAME', 'lx_native' LANGUAGE C SECURITY DEFINER;
