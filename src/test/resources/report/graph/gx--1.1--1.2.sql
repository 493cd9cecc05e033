CREATE OR REPLACE FUNCTION gx.label(i integer) RETURNS text LANGUAGE sql AS $$ SELECT 'item #' || i $$;
