\echo Use "CREATE EXTENSION rxext" to load this file. \quit

CREATE FUNCTION rxext_v0_1_0() RETURNS text LANGUAGE sql AS $$ SELECT '0.1.0'::text $$;
CREATE FUNCTION rxext_v0_2_0() RETURNS text LANGUAGE sql AS $$ SELECT '0.2.0'::text $$;
CREATE FUNCTION rxext_v0_3_0() RETURNS text LANGUAGE sql AS $$ SELECT '0.3.0'::text $$;
