\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE SCHEMA lx_data;
CREATE FUNCTION lx_own() RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = lx_data, pg_catalog, pg_temp
    AS 'SELECT 1';
CREATE FUNCTION lx_ext() RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path TO @extschema@, pg_temp
    AS 'SELECT 1';
