\echo Use "CREATE EXTENSION" to load this file. \quit
create table t(a int);
