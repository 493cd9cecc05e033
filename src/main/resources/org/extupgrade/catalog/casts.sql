-- Casts: function, context (explicit, assignment, implicit) and method.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       nullif(c.castfunc, 0)::regprocedure::text as function,
       c.castcontext as context,
       c.castmethod as method
from pg_cast c
join mem on mem.classid = 'pg_cast'::regclass and mem.objid = c.oid
cross join lateral pg_identify_object('pg_cast'::regclass, c.oid, 0) io
