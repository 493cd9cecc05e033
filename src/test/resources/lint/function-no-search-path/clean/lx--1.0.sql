\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE FUNCTION lx_double(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
    AS 'SELECT x OPERATOR(pg_catalog.*) 2';
CREATE FUNCTION lx_native() RETURNS integer
    AS 'MODULE_PATHNAME', 'lx_native' LANGUAGE C;
-- inlinable: no SET, but every name and operator in the body is qualified
CREATE FUNCTION lx_triple(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS 'SELECT x OPERATOR(pg_catalog.*) 3';
-- a SQL-standard body is bound when the script runs, not when the routine does
CREATE FUNCTION lx_quadruple(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    RETURN x OPERATOR(pg_catalog.*) 4;
