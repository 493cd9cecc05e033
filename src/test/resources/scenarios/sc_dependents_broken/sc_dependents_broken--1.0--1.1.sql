\echo Use "CREATE EXTENSION" to load this file. \quit
-- the arguments widen: the old function goes, and with it every view of a user that calls it
drop function if exists area(integer, integer) cascade;
create or replace function area(w bigint, h bigint) returns bigint language sql immutable as 'select w * h';
