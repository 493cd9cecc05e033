\echo Use "CREATE EXTENSION cyc" to load this file. \quit

CREATE FUNCTION cyc_v1_0() RETURNS text LANGUAGE sql AS $$ SELECT '1.0'::text $$;
