\echo Use "CREATE EXTENSION" to load this file. \quit
alter table t add column x float8 default 0, add column y int default '7', add column z text default 'a<b&c';
create function g(tol float8 default 0, n int default 1) returns int language sql as 'select n';
