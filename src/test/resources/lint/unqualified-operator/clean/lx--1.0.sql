\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE VIEW @extschema@.lx_v AS SELECT 1 OPERATOR(pg_catalog.+) 2 AS three, -1 AS minus_one;
