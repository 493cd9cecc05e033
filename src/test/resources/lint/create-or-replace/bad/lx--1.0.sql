\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE OR REPLACE FUNCTION lx_answer() RETURNS integer
    LANGUAGE sql SET search_path = pg_catalog, pg_temp
    AS 'SELECT 42';
CREATE OR REPLACE VIEW @extschema@.lx_v AS SELECT 1 AS one;
CREATE OR REPLACE AGGREGATE @extschema@.lx_sum (integer) (SFUNC = int4pl, STYPE = integer);
CREATE OR REPLACE TRANSFORM FOR integer LANGUAGE plpgsql (FROM SQL WITH FUNCTION lx_from(internal));
