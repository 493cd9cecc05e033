-- Forgets the brackets the full install of 2.0 puts around the number.
CREATE OR REPLACE FUNCTION gx.label(i integer) RETURNS text LANGUAGE sql AS $$ SELECT 'item #' || i $$;
