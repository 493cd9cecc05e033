CREATE FUNCTION twice(val int) RETURNS int LANGUAGE sql AS $$ SELECT 2 * $1 $$;
CREATE FUNCTION clip(s text, n int DEFAULT 8) RETURNS text LANGUAGE sql AS $$ SELECT left(s, n) $$;
