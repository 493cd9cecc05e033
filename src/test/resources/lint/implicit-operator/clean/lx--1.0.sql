\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE TABLE @extschema@.lx_t (
    state text CHECK (state OPERATOR(pg_catalog.=) ANY (ARRAY['a', 'b']))
);
CREATE VIEW @extschema@.lx_v AS
    SELECT CASE WHEN 1 OPERATOR(pg_catalog.=) 1 THEN 'one' END AS word;
-- string constants take the text column's type: pg_catalog's text = text is an exact match,
-- searched first in a script, so nothing can capture the comparison
CREATE TABLE @extschema@.lx_kinds (
    kind text NOT NULL CHECK (kind IN ('x', 'y')),
    CHECK (kind = 'x' OR kind = 'y')
);
