CREATE TABLE jobs (id int PRIMARY KEY, name text);
