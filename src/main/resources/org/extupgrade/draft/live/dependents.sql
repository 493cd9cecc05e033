-- Which object depends on which (normal and automatic dependencies), both named as the catalog
-- reader names them: a view through its rewrite rule, a column default as its column. For the
-- objects a draft drops: what must go first and come back after.
select r.type || ' ' || r.identity as ref, o.type || ' ' || o.identity as dep
from pg_depend d
cross join lateral (
  select case when d.classid = 'pg_rewrite'::regclass then 'pg_class'::regclass
              when d.classid = 'pg_attrdef'::regclass then 'pg_class'::regclass
              else d.classid end as classid,
         case when d.classid = 'pg_rewrite'::regclass
                then (select w.ev_class from pg_rewrite w where w.oid = d.objid)
              when d.classid = 'pg_attrdef'::regclass
                then (select a.adrelid from pg_attrdef a where a.oid = d.objid)
              else d.objid end as objid,
         case when d.classid = 'pg_attrdef'::regclass
                then (select a.adnum from pg_attrdef a where a.oid = d.objid)::int
              when d.classid = 'pg_rewrite'::regclass then 0
              else d.objsubid end as objsubid
) x
cross join lateral pg_identify_object(d.refclassid, d.refobjid, d.refobjsubid) r
cross join lateral pg_identify_object(x.classid, x.objid, x.objsubid) o
where d.deptype in ('n', 'a') and d.refobjid >= 16384 and d.objid >= 16384
  and not (x.classid = d.refclassid and x.objid = d.refobjid and x.objsubid = d.refobjsubid)
