CREATE TABLE sc_clean_config_dropped_cfg (k text PRIMARY KEY, v text);
SELECT pg_catalog.pg_extension_config_dump('sc_clean_config_dropped_cfg', '');
CREATE FUNCTION sc_clean_config_dropped_version() RETURNS text LANGUAGE sql AS $$ SELECT '1' $$;
