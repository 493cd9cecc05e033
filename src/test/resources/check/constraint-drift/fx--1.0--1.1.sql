ALTER TABLE job DROP CONSTRAINT job_prio_check;
ALTER TABLE job ADD CONSTRAINT job_prio_check CHECK (prio >= 0);
