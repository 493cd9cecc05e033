-- Extended statistics, members themselves or defined on member tables.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select distinct io.type || ' ' || io.identity as identity,
       pg_get_statisticsobjdef(s.oid) as definition,
       pg_get_userbyid(s.stxowner) as owner
from pg_statistic_ext s
join mem on (mem.classid = 'pg_class'::regclass and mem.objid = s.stxrelid)
         or (mem.classid = 'pg_statistic_ext'::regclass and mem.objid = s.oid)
cross join lateral pg_identify_object('pg_statistic_ext'::regclass, s.oid, 0) io
