\echo Use "CREATE EXTENSION" to load this file. \quit
-- the arguments widen: the old function goes, which a user view over it forbids
drop function if exists area(integer, integer);
create or replace function area(w bigint, h bigint) returns bigint language sql immutable as 'select w * h';
drop function if exists volume(integer, integer, integer);
create or replace function volume(w bigint, h bigint, d bigint) returns bigint language sql immutable as 'select w * h * d';
