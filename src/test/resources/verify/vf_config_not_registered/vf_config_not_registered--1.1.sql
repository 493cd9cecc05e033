\echo Use "CREATE EXTENSION" to load this file. \quit
create function f() returns int language sql as 'select 1';
create table settings(k text primary key, v text);
select pg_catalog.pg_extension_config_dump('settings', '');
