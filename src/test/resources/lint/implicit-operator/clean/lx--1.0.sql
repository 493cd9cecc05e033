\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE TABLE @extschema@.lx_t (
    state text CHECK (state OPERATOR(pg_catalog.=) ANY (ARRAY['a', 'b']))
);
CREATE VIEW @extschema@.lx_v AS
    SELECT CASE WHEN 1 OPERATOR(pg_catalog.=) 1 THEN 'one' END AS word;
