CREATE FUNCTION pad(s text, n int DEFAULT 1) RETURNS text LANGUAGE sql AS $$ SELECT s || repeat(' ', n) $$;
CREATE FUNCTION clip(s text, n int = 8) RETURNS text LANGUAGE sql AS $$ SELECT left(s, n) $$;
CREATE FUNCTION twice(val int) RETURNS int LANGUAGE sql AS $$ SELECT 2 * $1 $$;
CREATE FUNCTION half(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 / 2 $$;
