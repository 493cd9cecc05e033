\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE VIEW @extschema@.lx_v AS SELECT 1 + 2 AS three;
-- a SQL-standard body is bound while the script runs, with the script's search_path
CREATE FUNCTION @extschema@.lx_inc(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    BEGIN ATOMIC
        SELECT x + 1;
    END;
