\echo Use "CREATE EXTENSION ident" to load this file. \quit

CREATE FUNCTION ident_v1_0() RETURNS text LANGUAGE sql AS $$ SELECT '1.0'::text $$;
