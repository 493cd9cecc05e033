\echo Use "CREATE EXTENSION" to load this file. \quit
-- Names the next helper by counting those that exist: each run adds one.
do $$
begin
  execute pg_catalog.format('create function %I() returns int language sql as %L',
    'f_' || (select pg_catalog.count(*) from pg_catalog.pg_proc where proname ~ '^f_[0-9]+$'),
    'select 1');
end
$$;
