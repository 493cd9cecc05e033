CREATE TABLE settings (k text PRIMARY KEY, v text, note text);
SELECT pg_catalog.pg_extension_config_dump('settings', '');
