\echo Use "CREATE EXTENSION" to load this file. \quit
-- meant to widen the argument, but replaced the old signature instead
create or replace function f(x integer) returns int language sql as 'select x::int';
