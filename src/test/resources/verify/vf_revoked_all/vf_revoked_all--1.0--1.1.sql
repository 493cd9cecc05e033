\echo Use "CREATE EXTENSION" to load this file. \quit
-- forgot: revoke all on function f() from public, current_user;
