\echo Use "CREATE EXTENSION dyn" to load this file. \quit

CREATE TABLE @extschema@.items (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE FUNCTION @extschema@.item_count() RETURNS bigint
LANGUAGE sql STABLE AS $$ SELECT count(*) FROM @extschema@.items $$;
