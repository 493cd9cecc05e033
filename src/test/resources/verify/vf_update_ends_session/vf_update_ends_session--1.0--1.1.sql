\echo Use "CREATE EXTENSION" to load this file. \quit
create function g(x int) returns int language sql immutable as 'select x + 1';
select pg_terminate_backend(pg_backend_pid());
