\echo Use "CREATE EXTENSION sec" to load this file. \quit

CREATE FUNCTION sec_v1_0() RETURNS text LANGUAGE sql AS $$ SELECT '1.0'::text $$;
