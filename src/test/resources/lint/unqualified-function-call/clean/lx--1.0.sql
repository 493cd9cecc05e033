\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE FUNCTION lx_setup(n integer) RETURNS void
    LANGUAGE sql SET search_path = pg_catalog, pg_temp
    AS 'SELECT';
SELECT @extschema@.lx_setup(1);
-- pg_catalog comes first in a script's search_path: a call without arguments cannot be captured
CREATE TABLE @extschema@.lx_t (name text DEFAULT pg_catalog.lower('X'), at timestamptz DEFAULT now());
SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
SELECT length('abc');
CREATE SCHEMA lx_data;
CREATE TABLE lx_data.lx_t (name text, at timestamptz);
