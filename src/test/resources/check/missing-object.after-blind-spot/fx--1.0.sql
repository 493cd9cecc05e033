CREATE TABLE source (id int PRIMARY KEY, relid oid, stable_name text);
CREATE FUNCTION run() RETURNS int LANGUAGE sql AS 'SELECT 1';
