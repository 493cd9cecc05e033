\echo Use "CREATE EXTENSION bvn" to load this file. \quit

CREATE FUNCTION bvn_v1_0() RETURNS text LANGUAGE sql AS $$ SELECT '1.0'::text $$;
