\echo Use "CREATE EXTENSION badsyn" to load this file. \quit

CREATE FUNCTION badsyn_v1_0_1() RETURNS text LANGUAGE sql AS $$ SELECT '1.0.1'::text $$;
