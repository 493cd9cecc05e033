\echo Use "CREATE EXTENSION" to load this file. \quit
create or replace function f(x int) returns int language sql as $$
    SELECT x + 1;
$$;
create or replace function g(x int) returns text language plpgsql as '
BEGIN
    IF x > 0 THEN
        RETURN ''positive'';
    END IF;
    RETURN ''other'';
END;
';
create or replace function h() returns int language sql as $$ SELECT greatest(
  1, 2) $$;
