CREATE FUNCTION fmt(@extschema@.date) RETURNS text LANGUAGE sql AS 'SELECT $1::text';
CREATE FUNCTION fmt(fx.date, int) RETURNS text LANGUAGE sql AS 'SELECT $1::text';
CREATE FUNCTION fmt(date, int) RETURNS text LANGUAGE sql AS 'SELECT $1::text';
