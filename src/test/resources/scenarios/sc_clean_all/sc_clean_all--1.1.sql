\echo Use "CREATE EXTENSION" to load this file. \quit
create domain qty as int constraint qty_check check (value >= 0);
create function norm(t text) returns text language sql immutable strict as 'select pg_catalog.lower(pg_catalog.btrim(t))';
create function double_qty(q qty) returns qty language sql immutable strict as 'select (q * 2)::@extschema@.qty';
create table units(name text primary key, factor int not null);
select pg_catalog.pg_extension_config_dump('units', '');
