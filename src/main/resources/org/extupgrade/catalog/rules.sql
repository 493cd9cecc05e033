-- Rewrite rules on member relations (the _RETURN rules of views are their definitions).
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       pg_get_ruledef(r.oid) as definition,
       r.ev_enabled as enabled,
       (select description from pg_description dsc
         where dsc.classoid = 'pg_rewrite'::regclass and dsc.objoid = r.oid) as comment
from pg_rewrite r
join mem on mem.classid = 'pg_class'::regclass and mem.objid = r.ev_class
cross join lateral pg_identify_object('pg_rewrite'::regclass, r.oid, 0) io
where r.rulename <> '_RETURN'
