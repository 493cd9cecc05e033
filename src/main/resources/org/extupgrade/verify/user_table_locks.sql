-- Locks this backend holds on relations the extension does not own (user tables), stronger than AccessShareLock. $1 = extension name.
with ext as (select oid from pg_catalog.pg_extension where extname = ?),
own as (
  select d.objid from pg_catalog.pg_depend d, ext
   where d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
     and d.refobjid = ext.oid and d.deptype = 'e'
     and d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass)
select l.relation::pg_catalog.regclass::text as rel,
       pg_catalog.string_agg(l.mode, ', ' order by l.mode) as modes
  from pg_catalog.pg_locks l
  join pg_catalog.pg_class c on c.oid = l.relation
  join pg_catalog.pg_namespace n on n.oid = c.relnamespace
 where l.pid = pg_catalog.pg_backend_pid() and l.locktype = 'relation' and l.granted
   and l.database = (select oid from pg_catalog.pg_database
                      where datname = pg_catalog.current_database())
   and l.mode <> 'AccessShareLock'
   and c.oid >= 16384 and c.relpersistence <> 't'
   and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
   and c.oid not in (select objid from own)
   and not exists (select 1 from pg_catalog.pg_index i
                    where i.indexrelid = c.oid and i.indrelid in (select objid from own))
   and not exists (select 1 from pg_catalog.pg_class t
                    where t.reltoastrelid = c.oid and t.oid in (select objid from own))
 group by 1 order by 1
