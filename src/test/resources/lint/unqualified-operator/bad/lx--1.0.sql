\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE VIEW @extschema@.lx_v AS SELECT 1 + 2 AS three;
