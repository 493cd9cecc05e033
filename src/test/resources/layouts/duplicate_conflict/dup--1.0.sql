\echo Use "CREATE EXTENSION dup" to load this file. \quit

CREATE FUNCTION dup_v1_0() RETURNS text LANGUAGE sql AS $$ SELECT '1.0'::text $$;
