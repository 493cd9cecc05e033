\echo Use "CREATE EXTENSION" to load this file. \quit
set client_min_messages = warning;
create table t(a int);
create index t_a on t(a);
