\echo Use "CREATE EXTENSION" to load this file. \quit
alter table t add column c int not null default 0;
create index t_b on t(b);
create type mood as enum ('sad', 'happy');
alter type mood add value 'ok' before 'happy';
create view v as select a, c from t;
grant select on v to pg_monitor;
