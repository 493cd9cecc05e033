DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                 WHERE table_name = 'audit_log' AND column_name = 'note') THEN
    ALTER TABLE audit_log ADD COLUMN note text;
  END IF;
  CREATE INDEX IF NOT EXISTS log_note_idx ON audit_log (note);
  EXECUTE 'CREATE TABLE lit (a int)';
  EXECUTE format('CREATE TABLE %I (b %s)', 'fmt', 'text');
  EXECUTE format('DROP TABLE %I', tbl_name);
  EXECUTE 'GRANT SELECT ON ' || quote_ident(t) || ' TO x';
  RAISE NOTICE 'done';
END
$$;
DO LANGUAGE plpgsql $do$
DECLARE
  r record;
BEGIN
  CREATE TYPE status AS ENUM ('a');
EXCEPTION WHEN duplicate_object THEN NULL;
END
$do$;
DO $$ BEGIN PERFORM pg_catalog.pg_extension_config_dump('cfg', ''); END $$;
DO LANGUAGE plperl $$ print 1 $$;
