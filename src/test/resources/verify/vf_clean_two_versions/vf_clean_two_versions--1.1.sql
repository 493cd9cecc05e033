\echo Use "CREATE EXTENSION" to load this file. \quit
create table t(a int primary key, b text default 'x', c int not null default 0);
create index t_b on t(b);
create function f(x int) returns int language sql immutable as 'select x';
comment on function f(int) is 'identity';
create type mood as enum ('sad', 'ok', 'happy');
create view v as select a, c from t;
grant select on v to pg_monitor;
