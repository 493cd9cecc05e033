\echo Use "CREATE EXTENSION" to load this file. \quit
create function f(x int) returns int language sql as 'select x';
