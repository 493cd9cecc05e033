\echo Use "ALTER EXTENSION lx UPDATE TO '1.0'" to load this file. \quit
-- no script installs 0.9 any more: what 0.9 had is unknown, so this may well be a member
CREATE OR REPLACE FUNCTION lx_old() RETURNS integer
    LANGUAGE sql SET search_path = pg_catalog, pg_temp
    AS 'SELECT 9';
