-- Schemas owned by the extension.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       pg_get_userbyid(s.nspowner) as owner,
       coalesce((select string_agg(a::text, ' ' order by a::text)
                   from unnest(coalesce(s.nspacl, acldefault('n', s.nspowner))) a), '(none)') as acl
from pg_namespace s
join mem on mem.classid = 'pg_namespace'::regclass and mem.objid = s.oid
cross join lateral pg_identify_object('pg_namespace'::regclass, s.oid, 0) io
