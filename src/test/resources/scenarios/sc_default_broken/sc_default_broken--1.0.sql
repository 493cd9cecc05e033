\echo Use "CREATE EXTENSION" to load this file. \quit
create function next_code() returns text language sql volatile as $$select pg_catalog.md5(pg_catalog.random()::text)$$;
