\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE TABLE @extschema@.lx_t (id integer);
GRANT SELECT, INSERT ON @extschema@.lx_t TO PUBLIC;
