-- User triggers on member tables and views (internal constraint triggers excluded).
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       pg_get_triggerdef(t.oid) as definition,
       t.tgenabled as enabled,
       (select description from pg_description dsc
         where dsc.classoid = 'pg_trigger'::regclass and dsc.objoid = t.oid) as comment
from pg_trigger t
join mem on mem.classid = 'pg_class'::regclass and mem.objid = t.tgrelid
cross join lateral pg_identify_object('pg_trigger'::regclass, t.oid, 0) io
where not t.tgisinternal
