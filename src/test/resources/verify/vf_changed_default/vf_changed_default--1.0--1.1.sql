\echo Use "CREATE EXTENSION" to load this file. \quit
-- forgot: alter table t alter column a set default 2;
