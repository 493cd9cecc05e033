\echo Use "CREATE EXTENSION" to load this file. \quit
create function f(x int) returns int language sql as 'select x+1';
create function g(x int) returns text language plpgsql as $$
begin
  if x > 0 then return 'positive'; end if;
  return 'other';
end
$$;
create function h() returns int language sql as $$ SELECT greatest(1, 2) $$;
