\echo Use "CREATE EXTENSION dirext" to load this file. \quit

CREATE FUNCTION dirext_v1_0() RETURNS text LANGUAGE sql AS $$ SELECT '1.0'::text $$;
