\echo Use "CREATE EXTENSION tie" to load this file. \quit

CREATE FUNCTION tie_v1_0() RETURNS text LANGUAGE sql AS $$ SELECT '1.0'::text $$;
