DROP FUNCTION IF EXISTS gap_fill(text, boolean);
DROP FUNCTION IF EXISTS gap_fill(text);
CREATE FUNCTION gap_fill(tbl text) RETURNS int LANGUAGE sql AS 'SELECT 2';
