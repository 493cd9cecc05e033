\echo Use "CREATE EXTENSION" to load this file. \quit
create table t(a int, b int);
create index t_b on t(b);
