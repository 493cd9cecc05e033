DO $$
BEGIN
  EXECUTE (SELECT format('ALTER TABLE fx.job DROP CONSTRAINT %I', conname)
             FROM pg_constraint
            WHERE conrelid = 'fx.job'::regclass AND contype = 'c');
END
$$;
ALTER TABLE job ADD CONSTRAINT job_state_check CHECK (state IN ('new', 'running', 'done'));
