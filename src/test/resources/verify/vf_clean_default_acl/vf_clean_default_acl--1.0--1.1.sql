\echo Use "CREATE EXTENSION" to load this file. \quit
create function g() returns int language sql as 'select 2';
