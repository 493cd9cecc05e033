\echo Use "CREATE EXTENSION" to load this file. \quit
create table t(a int, x float8 default 0.0, y int default 7.0, z text default 'a<b&c'::varchar);
create function g(tol float8 default '0'::float8, n int default 1.0) returns int language sql as 'select n';
