\echo Use "CREATE EXTENSION" to load this file. \quit
create function f(x int, y int default 0) returns int language sql as 'select x + y';
