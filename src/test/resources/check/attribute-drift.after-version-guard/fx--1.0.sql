CREATE TABLE jobs (id int PRIMARY KEY, done boolean NOT NULL DEFAULT false);
