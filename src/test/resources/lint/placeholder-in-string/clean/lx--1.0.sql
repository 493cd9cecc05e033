\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE TABLE @extschema@.lx_t (id integer);
CREATE FUNCTION lx_count() RETURNS bigint
    LANGUAGE sql SET search_path = @extschema@, pg_catalog, pg_temp
    AS 'SELECT count(*) FROM lx_t';
