\echo Use "CREATE EXTENSION" to load this file. \quit
create function f1() returns int language sql immutable as 'select 1';
