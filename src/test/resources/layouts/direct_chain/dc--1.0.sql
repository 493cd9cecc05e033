\echo Use "CREATE EXTENSION dc" to load this file. \quit

CREATE FUNCTION dc_v1_0() RETURNS text LANGUAGE sql AS $$ SELECT '1.0'::text $$;
