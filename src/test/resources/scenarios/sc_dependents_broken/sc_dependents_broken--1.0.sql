\echo Use "CREATE EXTENSION" to load this file. \quit
create function area(w integer, h integer) returns integer language sql immutable as 'select w * h';
