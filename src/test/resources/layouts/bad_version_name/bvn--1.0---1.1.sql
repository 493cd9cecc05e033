\echo Use "ALTER EXTENSION bvn UPDATE TO '1.1'" to load this file. \quit

CREATE FUNCTION bvn_v1_1() RETURNS text LANGUAGE sql AS $$ SELECT '1.1'::text $$;
