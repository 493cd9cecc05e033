\echo Use "CREATE EXTENSION bb" to load this file. \quit

CREATE FUNCTION bb_v1_0() RETURNS text LANGUAGE sql AS $$ SELECT '1.0'::text $$;
