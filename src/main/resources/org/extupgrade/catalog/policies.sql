-- Row security policies on member tables.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       p.polcmd as command,
       p.polpermissive as permissive,
       (select string_agg(case when r = 0 then 'public' else pg_get_userbyid(r)::text end, ' '
                          order by 1)
          from unnest(p.polroles) r) as roles,
       pg_get_expr(p.polqual, p.polrelid) as using_expression,
       pg_get_expr(p.polwithcheck, p.polrelid) as check_expression,
       (select description from pg_description dsc
         where dsc.classoid = 'pg_policy'::regclass and dsc.objoid = p.oid) as comment
from pg_policy p
join mem on mem.classid = 'pg_class'::regclass and mem.objid = p.polrelid
cross join lateral pg_identify_object('pg_policy'::regclass, p.oid, 0) io
