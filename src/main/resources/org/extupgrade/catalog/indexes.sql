-- Indexes of member tables and materialized views (those backing constraints included).
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       pg_get_indexdef(i.indexrelid) as definition,
       i.indisclustered as clustered,
       i.indisreplident as replica_identity,
       (select string_agg(o, ' ' order by o) from unnest(ic.reloptions) o) as options,
       (select description from pg_description dsc
         where dsc.classoid = 'pg_class'::regclass and dsc.objoid = i.indexrelid
           and dsc.objsubid = 0) as comment
from pg_index i
join mem on mem.classid = 'pg_class'::regclass and mem.objid = i.indrelid
join pg_class ic on ic.oid = i.indexrelid
cross join lateral pg_identify_object('pg_class'::regclass, i.indexrelid, 0) io
