CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT a + b;
  SELECT CASE WHEN a > 0 THEN 1 ELSE 2 END;
END;
create or replace procedure p() language sql begin atomic insert into t values (1); insert into t values (2); end;
CREATE PROCEDURE q(begin int) LANGUAGE sql AS $$ SELECT 1 $$;
SELECT 'after';
CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1;
BEGIN; SELECT 2; END;
DO $$ BEGIN PERFORM 1; END $$;
