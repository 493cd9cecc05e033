\echo Use "CREATE EXTENSION" to load this file. \quit
create function f() returns int language sql as 'select 1';
create type mood as enum ('sad', 'happy');
create table t(a int);
create sequence s;
