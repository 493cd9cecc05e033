\echo Use "CREATE EXTENSION fx" to load this file. \quit
CREATE TABLE items (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    price numeric(10, 2) DEFAULT 0
);
CREATE INDEX items_name_idx ON items (name);
CREATE TYPE state AS ENUM ('new', 'done');
CREATE FUNCTION price_of(p_id bigint) RETURNS numeric
    LANGUAGE sql STABLE STRICT
    AS $$ SELECT price FROM @extschema@.items WHERE id = p_id $$;
CREATE VIEW cheap AS SELECT id, name FROM items WHERE price OPERATOR(pg_catalog.<) 10;
SELECT pg_catalog.pg_extension_config_dump('items', '');
