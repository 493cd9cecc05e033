\echo Use "ALTER EXTENSION dc UPDATE TO '1.2'" to load this file. \quit

CREATE FUNCTION dc_v1_1() RETURNS text LANGUAGE sql AS $$ SELECT '1.1'::text $$;
CREATE FUNCTION dc_v1_2() RETURNS text LANGUAGE sql AS $$ SELECT '1.2'::text $$;
