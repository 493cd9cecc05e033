\echo Use "ALTER EXTENSION cyc UPDATE TO '1.2'" to load this file. \quit

CREATE FUNCTION cyc_v1_2() RETURNS text LANGUAGE sql AS $$ SELECT '1.2'::text $$;
