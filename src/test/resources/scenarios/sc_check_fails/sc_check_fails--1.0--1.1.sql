\echo Use "CREATE EXTENSION" to load this file. \quit
insert into units values ('m', 1) on conflict do nothing;
