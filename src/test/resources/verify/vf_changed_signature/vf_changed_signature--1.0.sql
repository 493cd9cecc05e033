\echo Use "CREATE EXTENSION" to load this file. \quit
create function f(x integer) returns int language sql as 'select x';
