\echo Use "CREATE EXTENSION" to load this file. \quit
-- forgot: alter table t add column b text;
