CREATE TABLE events (id int PRIMARY KEY, kind varchar(10), payload json, legacy text);
