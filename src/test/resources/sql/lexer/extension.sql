/* demo--1.0.sql */
-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION demo" to load this file. \quit

CREATE TABLE @extschema@.items (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL DEFAULT '',
    price numeric(10,2) CHECK (price >= 0)
);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.items', '');

CREATE OR REPLACE FUNCTION demo_add(a integer, b integer DEFAULT 1)
RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT a + b $$;

CREATE FUNCTION demo_c(internal) RETURNS void
AS 'MODULE_PATHNAME', 'demo_c' LANGUAGE C STRICT;

DO $do$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN
    CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
  END IF;
END
$do$;
GRANT SELECT ON items TO PUBLIC;
