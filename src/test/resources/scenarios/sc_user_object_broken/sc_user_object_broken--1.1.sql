\echo Use "CREATE EXTENSION" to load this file. \quit
create function norm(t text) returns text language sql immutable strict as 'select lower(btrim(t))';
