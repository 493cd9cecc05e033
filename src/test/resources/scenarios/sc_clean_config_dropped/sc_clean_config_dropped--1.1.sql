CREATE FUNCTION sc_clean_config_dropped_version() RETURNS text LANGUAGE sql AS $$ SELECT '1' $$;
