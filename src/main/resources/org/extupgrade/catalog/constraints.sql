-- Constraints of member tables and member domains.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       k.contype as kind,
       pg_get_constraintdef(k.oid) as definition,
       k.convalidated as validated,
       (select description from pg_description dsc
         where dsc.classoid = 'pg_constraint'::regclass and dsc.objoid = k.oid) as comment
from pg_constraint k
join mem on (mem.classid = 'pg_class'::regclass and mem.objid = k.conrelid)
         or (mem.classid = 'pg_type'::regclass and mem.objid = k.contypid)
cross join lateral pg_identify_object('pg_constraint'::regclass, k.oid, 0) io
