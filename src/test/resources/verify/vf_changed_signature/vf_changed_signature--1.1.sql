\echo Use "CREATE EXTENSION" to load this file. \quit
create function f(x bigint) returns int language sql as 'select x::int';
