\echo Use "CREATE EXTENSION" to load this file. \quit
create domain code as text default 'none';
create table t(a int);
