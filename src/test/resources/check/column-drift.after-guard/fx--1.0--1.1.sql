DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint
                 WHERE conname = 'job_tier_check' AND conrelid = 'fx.job'::regclass) THEN
    ALTER TABLE fx.job ADD CONSTRAINT job_tier_check CHECK (tier IN ('hot', 'cold'));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                 WHERE table_schema = 'fx' AND table_name = 'job' AND column_name = 'fuse') THEN
    ALTER TABLE fx.job ADD COLUMN fuse text;
  END IF;
END
$$;
