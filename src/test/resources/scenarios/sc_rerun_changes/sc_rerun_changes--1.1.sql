\echo Use "CREATE EXTENSION" to load this file. \quit
create function f_0() returns int language sql as $$select 1$$;
create function f_1() returns int language sql as $$select 1$$;
