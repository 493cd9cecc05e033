\echo Use "CREATE EXTENSION" to load this file. \quit
-- forgot: comment on function f() is 'returns one';
