\echo Use "CREATE EXTENSION" to load this file. \quit
-- a builtin row: CREATE EXTENSION inserts it, the dump leaves it out
insert into settings values ('color', 'blue', true) on conflict do nothing;
