\echo Use "CREATE EXTENSION" to load this file. \quit
create table settings (k text primary key, v text, builtin boolean not null default false);
-- rows the extension inserts itself are builtin: the dump leaves them to CREATE EXTENSION
select pg_catalog.pg_extension_config_dump('settings', 'where not builtin');
insert into settings values ('mode', 'fast', true);
insert into settings values ('color', 'blue', true);
