-- Text search templates.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       nullif(t.tmplinit, 0)::regproc::text as init, t.tmpllexize::regproc::text as lexize
from pg_ts_template t
join mem on mem.classid = 'pg_ts_template'::regclass and mem.objid = t.oid
cross join lateral pg_identify_object('pg_ts_template'::regclass, t.oid, 0) io
