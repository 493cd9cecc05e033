\echo Use "CREATE EXTENSION" to load this file. \quit
-- builtin forgotten: the row is a user's row to pg_dump, and CREATE EXTENSION inserts it again
insert into settings (k, v) values ('color', 'blue') on conflict do nothing;
