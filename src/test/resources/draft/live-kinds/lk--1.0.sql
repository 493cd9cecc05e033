\echo Use "CREATE EXTENSION lk" to load this file. \quit

CREATE TYPE @extschema@.pair AS (a integer, b text);
CREATE DOMAIN @extschema@.posint AS integer;

CREATE TABLE @extschema@.notes (
    id integer PRIMARY KEY,
    body text NOT NULL,
    owner name DEFAULT current_user
);

CREATE TABLE @extschema@.settings (key text PRIMARY KEY, value text, builtin boolean DEFAULT false);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.settings', '');

CREATE TABLE @extschema@.scratch (x integer);
GRANT SELECT ON @extschema@.notes TO PUBLIC;
