\echo Use "CREATE EXTENSION" to load this file. \quit
create function f() returns int language sql as 'select 1';
