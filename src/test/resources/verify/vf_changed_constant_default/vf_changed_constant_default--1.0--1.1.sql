\echo Use "CREATE EXTENSION" to load this file. \quit
alter table t add column x numeric default 0;
