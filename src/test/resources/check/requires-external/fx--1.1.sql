\echo Use "CREATE EXTENSION" to load this file. \quit
create function f(x int) returns int language sql immutable as 'select x';
create function g(x int) returns int language sql immutable as 'select x + 1';
