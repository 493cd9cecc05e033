CREATE FUNCTION norm(t text) RETURNS text LANGUAGE sql AS $$ SELECT lower(t) $$;
