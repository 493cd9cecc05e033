\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE OR REPLACE FUNCTION lx_answer() RETURNS integer
    LANGUAGE sql SET search_path = pg_catalog, pg_temp
    AS 'SELECT 42';
CREATE VIEW @extschema@.lx_sum AS SELECT 1 + 2 AS three;
CREATE VIEW @extschema@.lx_diff AS SELECT 3 - 2 AS one;
