CREATE FUNCTION score(p_user int, p_weight float8 DEFAULT 1.0) RETURNS int LANGUAGE sql AS 'SELECT p_user';
CREATE FUNCTION version() RETURNS text LANGUAGE sql AS 'SELECT 2';
