-- Index and table access methods.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       a.amtype as kind,
       a.amhandler::regproc::text as handler
from pg_am a
join mem on mem.classid = 'pg_am'::regclass and mem.objid = a.oid
cross join lateral pg_identify_object('pg_am'::regclass, a.oid, 0) io
