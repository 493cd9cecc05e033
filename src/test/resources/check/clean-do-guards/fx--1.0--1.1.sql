DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                 WHERE table_schema = '@extschema@' AND table_name = 'jobs' AND column_name = 'retries') THEN
    ALTER TABLE jobs ADD COLUMN retries int NOT NULL DEFAULT 0;
  END IF;
END
$$;
DO $$
BEGIN
  CREATE TYPE job_state AS ENUM ('queued', 'running');
EXCEPTION WHEN duplicate_object THEN NULL;
END
$$;
DO $$
BEGIN
  EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON jobs (%I)', 'jobs_name_idx', 'name');
END
$$;
