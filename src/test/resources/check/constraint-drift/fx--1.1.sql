CREATE TABLE job (id int PRIMARY KEY, prio int CONSTRAINT job_prio_check CHECK (prio BETWEEN 0 AND 9));
