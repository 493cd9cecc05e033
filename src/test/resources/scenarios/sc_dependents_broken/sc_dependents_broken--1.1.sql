\echo Use "CREATE EXTENSION" to load this file. \quit
create function area(w bigint, h bigint) returns bigint language sql immutable as 'select w * h';
