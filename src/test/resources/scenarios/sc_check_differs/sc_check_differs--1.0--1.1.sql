\echo Use "CREATE EXTENSION" to load this file. \quit
-- forgot: insert into units values ('m', 1) on conflict do nothing;
select 1;
