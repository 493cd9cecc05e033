DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint
                 WHERE conrelid = 'fx.job'::regclass AND contype = 'c') THEN
    ALTER TABLE fx.job ADD CONSTRAINT job_state_check CHECK (state IN ('new', 'done'));
  END IF;
END
$$;
