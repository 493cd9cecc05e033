CREATE OR REPLACE FUNCTION pad(s text, n int DEFAULT 2) RETURNS text LANGUAGE sql AS $$ SELECT s || repeat(' ', n) $$;
DROP FUNCTION twice(int);
CREATE FUNCTION twice(x int) RETURNS int LANGUAGE sql AS $$ SELECT 2 * $1 $$;
CREATE OR REPLACE FUNCTION half(v int) RETURNS int LANGUAGE sql AS $$ SELECT $1 / 2 $$;
