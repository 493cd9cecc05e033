CREATE FUNCTION obsolete(n integer) RETURNS int LANGUAGE sql AS 'SELECT n';
