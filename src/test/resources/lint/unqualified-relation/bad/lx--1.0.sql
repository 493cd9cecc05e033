\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE TABLE lx_t (id integer);
INSERT INTO lx_t VALUES (1);
CREATE VIEW @extschema@.lx_v AS SELECT id FROM lx_t;
