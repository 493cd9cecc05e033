\echo Use "CREATE EXTENSION" to load this file. \quit
create table rb_lost_settings (k text primary key, v text, note text);
create table rb_lost_hooks (id int primary key, fn text not null);
select pg_catalog.pg_extension_config_dump('rb_lost_settings', '');
select pg_catalog.pg_extension_config_dump('rb_lost_hooks', '');
