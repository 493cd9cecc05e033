\echo Use "CREATE EXTENSION" to load this file. \quit
create function f_0() returns int language sql as $$select 1$$;
