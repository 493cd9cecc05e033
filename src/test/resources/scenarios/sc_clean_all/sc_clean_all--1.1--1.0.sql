\echo Use "CREATE EXTENSION" to load this file. \quit
drop function if exists double_qty(qty);
create or replace function norm(t text) returns text language sql immutable strict as 'select pg_catalog.lower(t)';
