\echo Use "ALTER EXTENSION gap UPDATE TO '0.9'" to load this file. \quit

CREATE FUNCTION gap_v0_9() RETURNS text LANGUAGE sql AS $$ SELECT '0.9'::text $$;
