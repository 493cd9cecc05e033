CREATE TABLE job (id int PRIMARY KEY, mode text DEFAULT 'none', tier text);
