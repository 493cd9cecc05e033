\echo Use "CREATE EXTENSION dyn" to load this file. \quit

CREATE TABLE @extschema@.items (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE @extschema@.items IS 'what is sold';

CREATE FUNCTION @extschema@.item_count() RETURNS bigint
LANGUAGE sql STABLE AS $$ SELECT count(*) FROM @extschema@.items $$;
REVOKE ALL ON FUNCTION @extschema@.item_count() FROM PUBLIC;

-- one accessor function per column, and an index, written by dynamic SQL
DO $$
DECLARE
    c text;
BEGIN
    FOREACH c IN ARRAY ARRAY['id', 'name'] LOOP
        EXECUTE format(
            'CREATE FUNCTION @extschema@.%I(i @extschema@.items) RETURNS %s'
            ' LANGUAGE sql IMMUTABLE AS $f$ SELECT ($1).%I $f$',
            'item_' || c, CASE c WHEN 'id' THEN 'integer' ELSE 'text' END, c);
    END LOOP;
    EXECUTE 'CREATE INDEX items_lower_name ON @extschema@.items (lower(name))';
END
$$;

CREATE VIEW @extschema@.item_names AS
    SELECT @extschema@.item_name(i) AS name FROM @extschema@.items i;
