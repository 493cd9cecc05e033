CREATE TABLE fx_mapping (username text, port int);
SELECT pg_catalog.pg_extension_config_dump('fx_mapping', '');
