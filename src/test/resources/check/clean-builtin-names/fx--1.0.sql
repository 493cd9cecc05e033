CREATE DOMAIN fx.date AS text CHECK (VALUE ~ '^\d{8}$');
CREATE FUNCTION fmt(date) RETURNS text LANGUAGE sql AS 'SELECT $1::text';
