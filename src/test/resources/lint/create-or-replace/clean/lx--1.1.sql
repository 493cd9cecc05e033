\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE FUNCTION lx_answer() RETURNS integer
    LANGUAGE sql SET search_path = pg_catalog, pg_temp
    AS 'SELECT 43';
-- created earlier in the same script without OR REPLACE
CREATE OR REPLACE FUNCTION lx_answer() RETURNS integer
    LANGUAGE sql SET search_path = pg_catalog, pg_temp
    AS 'SELECT 43';
