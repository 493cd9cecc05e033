\echo Use "CREATE EXTENSION gap" to load this file. \quit

CREATE FUNCTION gap_v1_1() RETURNS text LANGUAGE sql AS $$ SELECT '1.1'::text $$;
