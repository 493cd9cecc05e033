CREATE TABLE owner (id int, PRIMARY KEY (id));
CREATE TABLE job (
  id int PRIMARY KEY,
  state text CHECK (state IN ('new', 'done')),
  owner_id int REFERENCES owner (id),
  note text,
  code text,
  UNIQUE (code)
);
