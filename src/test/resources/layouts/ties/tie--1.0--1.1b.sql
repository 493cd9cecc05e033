\echo Use "ALTER EXTENSION tie UPDATE TO '1.1b'" to load this file. \quit

CREATE FUNCTION tie_v1_1b() RETURNS text LANGUAGE sql AS $$ SELECT '1.1b'::text $$;
