\echo Use "CREATE EXTENSION" to load this file. \quit
-- Checks every user column of type qty, under a SHARE lock on each table.
do $$
begin
  if not exists (select from pg_catalog.pg_constraint where conname = 'qty_max'
                 and contypid = '@extschema@.qty'::pg_catalog.regtype) then
    alter domain qty add constraint qty_max check (value < 1000000);
  end if;
end
$$;
