\echo Use "CREATE EXTENSION" to load this file. \quit
alter table t add column b int;
create index t_b on t(b);
