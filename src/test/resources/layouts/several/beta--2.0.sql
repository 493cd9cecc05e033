\echo Use "CREATE EXTENSION beta" to load this file. \quit

CREATE FUNCTION beta_v2_0() RETURNS text LANGUAGE sql AS $$ SELECT '2.0'::text $$;
