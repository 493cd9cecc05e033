CREATE TABLE events (id int PRIMARY KEY, body text);
