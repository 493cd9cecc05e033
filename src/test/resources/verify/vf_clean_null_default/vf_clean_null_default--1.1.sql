\echo Use "CREATE EXTENSION" to load this file. \quit
create domain code as text;
create table t(a int, b numeric(10,2) default null, c varchar(5) default null, d code default null,
  e int default null);
create function f(x varchar default null) returns int language sql as 'select 1';
