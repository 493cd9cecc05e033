CREATE TABLE job (id int PRIMARY KEY, state text);
