\echo Use "CREATE EXTENSION fx" to load this file. \quit
CREATE TABLE items (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL DEFAULT '',
    price numeric(10,2) DEFAULT 0,
    created timestamp with time zone DEFAULT now() NOT NULL
);
CREATE INDEX items_name_idx ON @extschema@.items (name);
CREATE TYPE state AS ENUM ('new', 'busy', 'done');
CREATE FUNCTION price_of(p_id int8, p_currency text DEFAULT 'EUR') RETURNS numeric
    STRICT STABLE LANGUAGE sql
    AS $$ SELECT price FROM @extschema@.items WHERE id = p_id $$;
CREATE FUNCTION count_items() RETURNS int8
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM @extschema@.items $$;
CREATE VIEW cheap AS SELECT id, name FROM items WHERE price OPERATOR(pg_catalog.<) 20;
CREATE TABLE log (at timestamptz DEFAULT now(), item bigint REFERENCES items (id));
CREATE FUNCTION log_it() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO @extschema@.log (item) VALUES (NEW.id);
  RETURN NEW;
END $$;
CREATE TRIGGER items_log AFTER INSERT ON items FOR EACH ROW EXECUTE FUNCTION log_it();
SELECT pg_catalog.pg_extension_config_dump('items', '');
