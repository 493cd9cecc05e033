\echo Use "CREATE EXTENSION" to load this file. \quit
-- A new body and a new function: users' objects over 1.0 keep working.
create or replace function area(w integer, h integer) returns integer language sql immutable as 'select h * w';
create or replace function perimeter(w integer, h integer) returns integer language sql immutable as 'select 2 * (w + h)';
