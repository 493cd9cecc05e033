\echo Use "ALTER EXTENSION tie UPDATE TO '3.0'" to load this file. \quit

CREATE FUNCTION tie_v3_0() RETURNS text LANGUAGE sql AS $$ SELECT '3.0'::text $$;
