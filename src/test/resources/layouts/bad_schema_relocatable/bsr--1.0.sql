\echo Use "CREATE EXTENSION bsr" to load this file. \quit

CREATE FUNCTION bsr_v1_0() RETURNS text LANGUAGE sql AS $$ SELECT '1.0'::text $$;
