\echo Use "CREATE EXTENSION" to load this file. \quit
alter table items add column price numeric;
