CREATE TABLE sc_config_dropped_cfg (setting text);
SELECT pg_catalog.pg_extension_config_dump('sc_config_dropped_cfg', '');
