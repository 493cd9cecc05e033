\echo Use "CREATE EXTENSION bsec" to load this file. \quit

CREATE FUNCTION bsec_v1_0() RETURNS text LANGUAGE sql AS $$ SELECT '1.0'::text $$;
