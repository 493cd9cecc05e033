\echo Use "ALTER EXTENSION rxext UPDATE TO '0.2.0'" to load this file. \quit

CREATE FUNCTION rxext_v0_2_0() RETURNS text LANGUAGE sql AS $$ SELECT '0.2.0'::text $$;
