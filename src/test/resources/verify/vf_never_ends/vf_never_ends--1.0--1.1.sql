\echo Use "CREATE EXTENSION" to load this file. \quit
select pg_sleep(3600);
