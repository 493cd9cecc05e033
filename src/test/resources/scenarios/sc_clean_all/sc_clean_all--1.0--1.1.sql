\echo Use "CREATE EXTENSION" to load this file. \quit
-- Idempotent: safe to run twice.
create or replace function norm(t text) returns text language sql immutable strict as 'select pg_catalog.lower(pg_catalog.btrim(t))';
create or replace function double_qty(q qty) returns qty language sql immutable strict as 'select (q * 2)::@extschema@.qty';
