\echo Use "ALTER EXTENSION wsext UPDATE TO '1.2.0'" to load this file. \quit

CREATE FUNCTION wsext_v1_2_0() RETURNS text LANGUAGE sql AS $$ SELECT '1.2.0'::text $$;
