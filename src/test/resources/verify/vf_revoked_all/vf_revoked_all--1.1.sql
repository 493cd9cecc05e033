\echo Use "CREATE EXTENSION" to load this file. \quit
create function f() returns int language sql as 'select 1';
revoke all on function f() from public, current_user;
