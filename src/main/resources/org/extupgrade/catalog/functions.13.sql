-- Functions on PostgreSQL 13: no SQL-standard bodies, the body is prosrc.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       p.prokind as kind,
       -- an argument default that is only NULL under casts reads DEFAULT NULL, however cast
       regexp_replace(pg_get_function_arguments(p.oid),
                      'DEFAULT [(]*NULL(::("[^"]*"|[a-z0-9_ .$\[\]]|[(][0-9, ]*[)])+[)]*)*(?=, |$)',
                      'DEFAULT NULL', 'g') as arguments,
       pg_get_function_result(p.oid) as result,
       l.lanname as language,
       p.prosrc as body,
       nullif(p.probin, '-') as library,
       p.provolatile as volatility,
       p.proisstrict as strict,
       p.prosecdef as security_definer,
       p.proleakproof as leakproof,
       p.proparallel as parallel,
       p.procost as cost,
       case when p.proretset then p.prorows end as rows,
       (select string_agg(s, E'\n' order by s) from unnest(p.proconfig) s) as config,
       nullif(p.prosupport, 0)::regprocedure::text as support,
       pg_get_userbyid(p.proowner) as owner,
       coalesce((select string_agg(x::text, ' ' order by x::text)
                   from unnest(coalesce(p.proacl, acldefault('f', p.proowner))) x), '(none)') as acl
from pg_proc p
join mem on mem.classid = 'pg_proc'::regclass and mem.objid = p.oid
join pg_language l on l.oid = p.prolang
cross join lateral pg_identify_object('pg_proc'::regclass, p.oid, 0) io
