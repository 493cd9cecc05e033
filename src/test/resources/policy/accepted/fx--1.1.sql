CREATE FUNCTION total(x bigint) RETURNS bigint LANGUAGE sql AS 'SELECT x';
