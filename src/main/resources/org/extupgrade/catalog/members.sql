-- Every member of the extension (pg_depend deptype 'e'), with the comment and initial
-- privileges every object class has. Class queries add definitions under the same identity.
with ext as (select oid from pg_extension where extname = ?),
mem as (
  select d.classid, d.objid, pg_identify_object(d.classid, d.objid, 0) as io
  from pg_depend d join ext on d.refobjid = ext.oid
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
)
select (m.io).type || ' ' || (m.io).identity as identity,
       (select description from pg_description c
         where c.classoid = m.classid and c.objoid = m.objid and c.objsubid = 0) as comment,
       (select string_agg(a::text, ' ' order by a::text)
          from pg_init_privs ip, unnest(ip.initprivs) a
         where ip.classoid = m.classid and ip.objoid = m.objid and ip.objsubid = 0) as init_privs
from mem m
