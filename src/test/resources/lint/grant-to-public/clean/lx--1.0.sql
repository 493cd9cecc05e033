\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE TABLE @extschema@.lx_t (id integer);
-- not trusted: a superuser installs it and chooses
GRANT SELECT, INSERT ON @extschema@.lx_t TO PUBLIC;
