\echo Use "CREATE EXTENSION lx" to load this file. \quit
-- replacing a member the 1.0 script created is what OR REPLACE is for
CREATE OR REPLACE FUNCTION lx_answer() RETURNS integer
    LANGUAGE sql SET search_path = pg_catalog, pg_temp
    AS 'SELECT 43';
