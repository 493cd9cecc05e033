\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE FUNCTION lx_secret() RETURNS integer
    LANGUAGE sql SECURITY DEFINER
    AS 'SELECT 1';
