CREATE OR REPLACE FUNCTION twice(x int) RETURNS int LANGUAGE sql AS $$ SELECT 2 * $1 $$;
CREATE OR REPLACE FUNCTION clip(s text, n int) RETURNS text LANGUAGE sql AS $$ SELECT left(s, n) $$;
