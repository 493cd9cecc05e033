-- Transforms between a type and a language.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       nullif(t.trffromsql, 0)::regprocedure::text as from_sql,
       nullif(t.trftosql, 0)::regprocedure::text as to_sql
from pg_transform t
join mem on mem.classid = 'pg_transform'::regclass and mem.objid = t.oid
cross join lateral pg_identify_object('pg_transform'::regclass, t.oid, 0) io
