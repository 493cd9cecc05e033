\echo Use "CREATE EXTENSION" to load this file. \quit
create table t(a int primary key, b text default 'x');
create function f(x int) returns int language sql immutable as 'select x';
comment on function f(int) is 'identity';
