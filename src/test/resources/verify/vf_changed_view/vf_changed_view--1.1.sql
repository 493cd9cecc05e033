\echo Use "CREATE EXTENSION" to load this file. \quit
create table t(a int, b int);
create view v as select a, b from t;
