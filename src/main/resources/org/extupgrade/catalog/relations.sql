-- Tables, views, materialized views, sequences, foreign tables: kind, persistence, storage
-- options, row security, view bodies. Columns and other parts have their own queries.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       c.relkind as kind,
       c.relpersistence as persistence,
       (select amname from pg_am where oid = c.relam) as access_method,
       (select string_agg(o, ' ' order by o) from unnest(c.reloptions) o) as options,
       c.relrowsecurity as row_security,
       c.relforcerowsecurity as force_row_security,
       c.relreplident as replica_identity,
       case when c.relispartition then pg_get_expr(c.relpartbound, c.oid) end as partition_bound,
       case when c.relkind = 'p' then pg_get_partkeydef(c.oid) end as partition_key,
       (select string_agg(i.inhparent::regclass::text, ' ' order by i.inhseqno)
          from pg_inherits i where i.inhrelid = c.oid) as inherits,
       case when c.relkind in ('v', 'm') then pg_get_viewdef(c.oid) end as definition,
       (select s.srvname || coalesce(' ' || array_to_string(ft.ftoptions, ' '), '')
          from pg_foreign_table ft join pg_foreign_server s on s.oid = ft.ftserver
         where ft.ftrelid = c.oid) as foreign_server,
       pg_get_userbyid(c.relowner) as owner,
       coalesce((select string_agg(a::text, ' ' order by a::text)
                   from unnest(coalesce(c.relacl, acldefault((case when c.relkind = 'S' then 's' else 'r' end)::"char",
                                                             c.relowner))) a), '(none)') as acl
from pg_class c
join mem on mem.classid = 'pg_class'::regclass and mem.objid = c.oid
cross join lateral pg_identify_object('pg_class'::regclass, c.oid, 0) io
