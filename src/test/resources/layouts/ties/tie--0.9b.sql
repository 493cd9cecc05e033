\echo Use "CREATE EXTENSION tie" to load this file. \quit

CREATE FUNCTION tie_origin() RETURNS text LANGUAGE sql AS $$ SELECT '0.9b'::text $$;
