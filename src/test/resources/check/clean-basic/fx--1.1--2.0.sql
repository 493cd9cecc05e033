DROP FUNCTION IF EXISTS price_of(bigint);
CREATE FUNCTION price_of(p_id bigint, p_currency text DEFAULT 'EUR') RETURNS numeric
    LANGUAGE sql STABLE STRICT
    AS $$ SELECT price FROM @extschema@.items WHERE id = p_id $$;
CREATE OR REPLACE VIEW cheap AS SELECT id, name FROM items WHERE price OPERATOR(pg_catalog.<) 20;
CREATE TABLE log (at timestamptz DEFAULT now(), item bigint REFERENCES items (id));
CREATE FUNCTION log_it() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO @extschema@.log (item) VALUES (NEW.id);
  RETURN NEW;
END $$;
CREATE TRIGGER items_log AFTER INSERT ON items FOR EACH ROW EXECUTE FUNCTION log_it();
ALTER TABLE items ALTER COLUMN name SET DEFAULT '';
