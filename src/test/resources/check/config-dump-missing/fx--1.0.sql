CREATE TABLE settings (k text PRIMARY KEY, v text);
