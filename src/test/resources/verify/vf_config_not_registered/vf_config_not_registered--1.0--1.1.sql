\echo Use "CREATE EXTENSION" to load this file. \quit
create table settings(k text primary key, v text);
-- forgot: select pg_catalog.pg_extension_config_dump('settings', '');
