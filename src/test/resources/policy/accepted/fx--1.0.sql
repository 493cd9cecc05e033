CREATE FUNCTION total(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
CREATE TABLE old_cache (k text PRIMARY KEY, v text);
