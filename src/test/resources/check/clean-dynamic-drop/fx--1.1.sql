CREATE TABLE job (id int PRIMARY KEY, state text CONSTRAINT job_state_check CHECK (state IN ('new', 'running', 'done')));
