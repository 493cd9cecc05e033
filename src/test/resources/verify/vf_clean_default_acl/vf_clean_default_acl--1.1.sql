\echo Use "CREATE EXTENSION" to load this file. \quit
create function f() returns int language sql as 'select 1';
grant execute on function f() to public;
create type mood as enum ('sad', 'happy');
grant usage on type mood to public;
create table t(a int);
grant all on table t to current_user;
create sequence s;
grant all on sequence s to current_user;
create function g() returns int language sql as 'select 2';
grant execute on function g() to public;
