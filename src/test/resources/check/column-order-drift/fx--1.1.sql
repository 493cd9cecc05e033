CREATE TABLE events (id int PRIMARY KEY, at timestamptz, body text);
