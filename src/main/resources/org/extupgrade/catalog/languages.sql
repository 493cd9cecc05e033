-- Procedural languages.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       l.lanpltrusted as trusted,
       nullif(l.lanplcallfoid, 0)::regprocedure::text as handler,
       nullif(l.laninline, 0)::regprocedure::text as inline,
       nullif(l.lanvalidator, 0)::regprocedure::text as validator,
       pg_get_userbyid(l.lanowner) as owner,
       coalesce((select string_agg(x::text, ' ' order by x::text)
                   from unnest(coalesce(l.lanacl, acldefault('l', l.lanowner))) x), '(none)') as acl
from pg_language l
join mem on mem.classid = 'pg_language'::regclass and mem.objid = l.oid
cross join lateral pg_identify_object('pg_language'::regclass, l.oid, 0) io
