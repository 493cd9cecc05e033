\echo Use "CREATE EXTENSION" to load this file. \quit
alter table t add column b numeric(10,2), add column c varchar(5), add column d code,
  add column e int;
create function f(x varchar default null::text) returns int language sql as 'select 1';
