\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE TABLE @extschema@.lx_t (id integer);
GRANT SELECT ON @extschema@.lx_t TO pg_read_all_data;
CREATE SERVER lx_srv FOREIGN DATA WRAPPER lx_fdw;
CREATE USER MAPPING FOR CURRENT_USER SERVER lx_srv;
