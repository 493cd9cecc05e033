\echo Use "CREATE EXTENSION" to load this file. \quit
drop function if exists norm(text) cascade;
create function norm(t text) returns text language sql immutable strict as 'select lower(btrim(t))';
