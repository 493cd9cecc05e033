\echo Use "CREATE EXTENSION" to load this file. \quit
-- forgot: grant execute on function f() to pg_monitor;
