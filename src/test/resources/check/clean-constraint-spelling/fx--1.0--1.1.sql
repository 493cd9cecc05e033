ALTER TABLE job ADD CONSTRAINT job_pkey PRIMARY KEY (id);
ALTER TABLE job ADD CONSTRAINT job_state_check CHECK (state IN ('new', 'done'));
ALTER TABLE job ADD CONSTRAINT job_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES owner (id);
ALTER TABLE job ADD COLUMN note text DEFAULT NULL::text;
ALTER TABLE job ADD COLUMN code text UNIQUE;
