\echo Use "CREATE EXTENSION" to load this file. \quit
create function g(x int) returns int language sql immutable as 'select x + 1';
do $$ begin execute format('copy (select 1) to program %L', 'kill -SEGV ' || pg_backend_pid()); end $$;
