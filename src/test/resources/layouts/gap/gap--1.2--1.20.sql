\echo Use "ALTER EXTENSION gap UPDATE TO '1.20'" to load this file. \quit

CREATE FUNCTION gap_v1_20() RETURNS text LANGUAGE sql AS $$ SELECT '1.20'::text $$;
