\echo Use "CREATE EXTENSION" to load this file. \quit
create function g(x int) returns int language plpgsql as $$
begin
  return x; -- the identity, kept for callers of 1.0
end
$$;
