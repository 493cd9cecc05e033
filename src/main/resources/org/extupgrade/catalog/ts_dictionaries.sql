-- Text search dictionaries.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       (select quote_ident(n.nspname) || '.' || quote_ident(t.tmplname)
          from pg_ts_template t join pg_namespace n on n.oid = t.tmplnamespace
         where t.oid = d.dicttemplate) as template,
       d.dictinitoption as options,
       pg_get_userbyid(d.dictowner) as owner
from pg_ts_dict d
join mem on mem.classid = 'pg_ts_dict'::regclass and mem.objid = d.oid
cross join lateral pg_identify_object('pg_ts_dict'::regclass, d.oid, 0) io
