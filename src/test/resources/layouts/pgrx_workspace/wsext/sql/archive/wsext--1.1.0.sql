\echo Use "CREATE EXTENSION wsext" to load this file. \quit

CREATE FUNCTION wsext_v1_1_0() RETURNS text LANGUAGE sql AS $$ SELECT '1.1.0'::text $$;
