-- The pg_extension row: version, relocatability, schema, configuration tables and conditions.
select 'extension ' || quote_ident(e.extname) as identity,
       e.extversion as version,
       e.extrelocatable as relocatable,
       n.nspname as schema,
       (select string_agg(c.oid::regclass::text || coalesce(' ' || nullif(e.extcondition[i], ''), ''),
                          E'\n' order by c.oid::regclass::text)
          from generate_subscripts(e.extconfig, 1) i
          join pg_class c on c.oid = e.extconfig[i]) as config_tables
from pg_extension e join pg_namespace n on n.oid = e.extnamespace
where e.extname = ?
