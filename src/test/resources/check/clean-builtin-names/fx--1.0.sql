CREATE DOMAIN fx.date AS text CHECK (VALUE ~ '^\d{8}$');
CREATE FUNCTION fmt(date) RETURNS text LANGUAGE sql AS 'SELECT $1::text';
CREATE TABLE event (id int, day fx.date, at date);
CREATE FUNCTION today() RETURNS fx.date LANGUAGE sql AS 'SELECT ''20240101''::fx.date';
