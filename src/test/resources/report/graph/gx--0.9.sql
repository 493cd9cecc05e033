CREATE TABLE gx.items (id integer PRIMARY KEY);
CREATE FUNCTION gx.label(i integer) RETURNS text LANGUAGE sql AS $$ SELECT 'item ' || i $$;
