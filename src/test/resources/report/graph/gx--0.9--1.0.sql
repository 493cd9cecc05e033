CREATE FUNCTION gx.count_items() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM gx.items $$;
