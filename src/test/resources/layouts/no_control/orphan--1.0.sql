\echo Use "CREATE EXTENSION orphan" to load this file. \quit

CREATE FUNCTION orphan_v1_0() RETURNS text LANGUAGE sql AS $$ SELECT '1.0'::text $$;
