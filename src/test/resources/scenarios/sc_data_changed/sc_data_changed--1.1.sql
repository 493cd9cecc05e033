\echo Use "CREATE EXTENSION" to load this file. \quit
create table units(name text primary key, factor int not null);
select pg_catalog.pg_extension_config_dump('units', '');
