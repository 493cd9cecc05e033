\echo Use "CREATE EXTENSION" to load this file. \quit
-- forgot: drop function g();
select 1;
