\echo Use "ALTER EXTENSION sec UPDATE TO '1.1'" to load this file. \quit

CREATE FUNCTION sec_v1_1() RETURNS text LANGUAGE sql AS $$ SELECT '1.1'::text $$;
