\echo Use "CREATE EXTENSION gap" to load this file. \quit

CREATE FUNCTION gap_v1_0() RETURNS text LANGUAGE sql AS $$ SELECT '1.0'::text $$;
CREATE FUNCTION gap_v1_1() RETURNS text LANGUAGE sql AS $$ SELECT '1.1'::text $$;
CREATE FUNCTION gap_v1_2() RETURNS text LANGUAGE sql AS $$ SELECT '1.2'::text $$;
