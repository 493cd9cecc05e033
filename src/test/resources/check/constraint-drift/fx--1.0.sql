CREATE TABLE job (id int PRIMARY KEY, prio int CONSTRAINT job_prio_check CHECK (prio > 0));
