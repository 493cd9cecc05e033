CREATE FUNCTION current_one() RETURNS int LANGUAGE sql AS 'SELECT 1';
DROP FUNCTION IF EXISTS obsolete(bigint);
DROP FUNCTION obsolete(text);
