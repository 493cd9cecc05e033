CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE t (id integer NOT NULL, n integer DEFAULT 0, old text);
CREATE FUNCTION f(a integer) RETURNS integer LANGUAGE sql AS $$ SELECT a $$;
CREATE VIEW v AS SELECT id, n, f(n) AS fn FROM t;
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();
COMMENT ON TABLE t IS 'things';
SELECT pg_catalog.pg_extension_config_dump('t', '');
