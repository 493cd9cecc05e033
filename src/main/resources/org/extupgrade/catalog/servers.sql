-- Foreign servers.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       (select fdwname from pg_foreign_data_wrapper where oid = s.srvfdw) as wrapper,
       s.srvtype as type, s.srvversion as version,
       (select string_agg(o, ' ' order by o) from unnest(s.srvoptions) o) as options,
       pg_get_userbyid(s.srvowner) as owner,
       coalesce((select string_agg(x::text, ' ' order by x::text)
                   from unnest(coalesce(s.srvacl, acldefault('S', s.srvowner))) x), '(none)') as acl
from pg_foreign_server s
join mem on mem.classid = 'pg_foreign_server'::regclass and mem.objid = s.oid
cross join lateral pg_identify_object('pg_foreign_server'::regclass, s.oid, 0) io
