CREATE TABLE gx.items (id integer PRIMARY KEY);
CREATE FUNCTION gx.label(i integer) RETURNS text LANGUAGE sql AS $$ SELECT 'item ' || i $$;
CREATE FUNCTION gx.count_items() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM gx.items $$;
