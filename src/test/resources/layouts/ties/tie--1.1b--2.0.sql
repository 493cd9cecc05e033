\echo Use "ALTER EXTENSION tie UPDATE TO '2.0'" to load this file. \quit

CREATE FUNCTION tie_via() RETURNS text LANGUAGE sql AS $$ SELECT '1.1b'::text $$;
