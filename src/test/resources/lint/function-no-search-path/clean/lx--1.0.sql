\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE FUNCTION lx_double(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
    AS 'SELECT x OPERATOR(pg_catalog.*) 2';
CREATE FUNCTION lx_native() RETURNS integer
    AS 'MODULE_PATHNAME', 'lx_native' LANGUAGE C;
