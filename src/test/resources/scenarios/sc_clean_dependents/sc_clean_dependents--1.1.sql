\echo Use "CREATE EXTENSION" to load this file. \quit
create type shade as enum ('light', 'dark');
create domain percent as integer check (value between 0 and 100);
create function area(w integer, h integer) returns integer language sql immutable as 'select h * w';
create function darker(s shade) returns shade language sql immutable as 'select ''dark''::shade';
create function first_of(a anyelement, b anyelement) returns anyelement language sql as 'select a';
create function upto(n integer) returns setof integer language sql as 'select generate_series(1, n)';
create function total(variadic xs integer[]) returns integer language sql as 'select sum(x)::integer from unnest(xs) x';
create aggregate sum_area(integer) (sfunc = int4pl, stype = integer);
create operator ### (leftarg = integer, rightarg = integer, function = area);
create operator class reverse_int_ops for type integer using btree as
  operator 1 <, operator 2 <=, operator 3 =, operator 4 >=, operator 5 >, function 1 btint4cmp(integer, integer);
create table swatches (name text primary key, tone shade, strength percent);
create view dark_swatches as select name from swatches where tone = 'dark';
create function perimeter(w integer, h integer) returns integer language sql immutable as 'select 2 * (w + h)';
