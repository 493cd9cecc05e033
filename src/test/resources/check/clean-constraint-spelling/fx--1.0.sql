CREATE TABLE owner (id int PRIMARY KEY);
CREATE TABLE job (id int, state text DEFAULT NULL, owner_id int);
