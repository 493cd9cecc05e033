CREATE TABLE job (
  id int PRIMARY KEY,
  mode text DEFAULT 'atomic',
  tier text CONSTRAINT job_tier_check CHECK (tier IN ('hot', 'cold')),
  fuse text
);
