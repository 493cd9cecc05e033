-- What a dump must carry over: the extension's configuration tables (c) and every relation and index of the users (u: not the extension's own, nor the system's). Per row: name, c or u, relkind. $1 = extension name.
with ext as (select oid, extconfig from pg_catalog.pg_extension where extname = ?),
members as (
  select d.objid from pg_catalog.pg_depend d, ext
   where d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
     and d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
     and d.refobjid = ext.oid and d.deptype = 'e')
select c.oid::pg_catalog.regclass::text as name,
       case when c.oid = any (ext.extconfig) then 'c' else 'u' end as kind,
       c.relkind::text
  from pg_catalog.pg_class c
  join pg_catalog.pg_namespace n on n.oid = c.relnamespace, ext
 where c.relkind in ('r', 'p', 'v', 'm', 'i', 'S')
   and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
   and n.nspname not like 'pg\_temp\_%' and n.nspname not like 'pg\_toast\_temp\_%'
   and (c.oid = any (ext.extconfig)
        or c.oid not in (select objid from members)
           and not exists (select from pg_catalog.pg_index i
                            where i.indexrelid = c.oid
                              and (i.indrelid in (select objid from members)
                                   and i.indrelid <> all (ext.extconfig))))
 order by 1
