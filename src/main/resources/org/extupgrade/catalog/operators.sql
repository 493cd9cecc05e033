-- Operators: operands, result, implementation, estimators, commutator and negator.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       o.oprkind as kind,
       nullif(o.oprleft, 0)::regtype::text as left_type,
       nullif(o.oprright, 0)::regtype::text as right_type,
       o.oprresult::regtype::text as result,
       o.oprcode::regprocedure::text as function,
       nullif(o.oprrest, 0)::regproc::text as restrict,
       nullif(o.oprjoin, 0)::regproc::text as "join",
       nullif(o.oprcom, 0)::regoperator::text as commutator,
       nullif(o.oprnegate, 0)::regoperator::text as negator,
       o.oprcanmerge as merges,
       o.oprcanhash as hashes,
       pg_get_userbyid(o.oprowner) as owner
from pg_operator o
join mem on mem.classid = 'pg_operator'::regclass and mem.objid = o.oid
cross join lateral pg_identify_object('pg_operator'::regclass, o.oid, 0) io
