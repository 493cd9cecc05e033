\echo Use "CREATE EXTENSION unk" to load this file. \quit

CREATE FUNCTION unk_v1_0() RETURNS text LANGUAGE sql AS $$ SELECT '1.0'::text $$;
