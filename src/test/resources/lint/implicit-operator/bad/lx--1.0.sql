\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE TABLE @extschema@.lx_t (state varchar(10) CHECK (state IN ('a', 'b')));
CREATE VIEW @extschema@.lx_v AS SELECT CASE 1 WHEN 1 THEN 'one' END AS word;
