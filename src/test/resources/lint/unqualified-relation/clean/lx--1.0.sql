\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE TABLE lx_t (id integer);
INSERT INTO @extschema@.lx_t VALUES (1);
CREATE VIEW @extschema@.lx_v AS
    WITH ids AS (SELECT id FROM @extschema@.lx_t) SELECT id FROM ids;
-- pg_catalog comes first in a script's search_path
CREATE VIEW @extschema@.lx_n AS SELECT count(*) AS n FROM pg_class;
