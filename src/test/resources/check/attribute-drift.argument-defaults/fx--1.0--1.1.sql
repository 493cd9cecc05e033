CREATE FUNCTION version_note() RETURNS text LANGUAGE sql AS $$ SELECT '1.1' $$;
