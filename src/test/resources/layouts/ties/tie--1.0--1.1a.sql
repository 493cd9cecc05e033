\echo Use "ALTER EXTENSION tie UPDATE TO '1.1a'" to load this file. \quit

CREATE FUNCTION tie_v1_1a() RETURNS text LANGUAGE sql AS $$ SELECT '1.1a'::text $$;
