\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE FUNCTION lx_double(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS 'SELECT x * 2';
