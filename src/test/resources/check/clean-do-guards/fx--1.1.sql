CREATE TABLE jobs (id int PRIMARY KEY, name text, retries int NOT NULL DEFAULT 0);
CREATE TYPE job_state AS ENUM ('queued', 'running');
CREATE INDEX IF NOT EXISTS jobs_name_idx ON jobs (name);
