CREATE DOMAIN @extschema@.date AS text CHECK (VALUE ~ '^\d{8}$');
CREATE FUNCTION fmt(pg_catalog.date) RETURNS text LANGUAGE sql AS 'SELECT $1::text';
CREATE FUNCTION fmt(fx.date) RETURNS text LANGUAGE sql AS 'SELECT $1::text';
CREATE FUNCTION fmt(@extschema@.date, integer) RETURNS text LANGUAGE sql AS 'SELECT $1::text';
CREATE FUNCTION fmt(date, int4) RETURNS text LANGUAGE sql AS 'SELECT $1::text';
CREATE TABLE event (id int, day @extschema@.date, at pg_catalog.date);
CREATE FUNCTION today() RETURNS @extschema@.date LANGUAGE sql AS 'SELECT ''20240101''::fx.date';
