\echo Use "CREATE EXTENSION alpha" to load this file. \quit

CREATE FUNCTION alpha_v1_0() RETURNS text LANGUAGE sql AS $$ SELECT '1.0'::text $$;
