-- Foreign-data wrappers.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       nullif(w.fdwhandler, 0)::regproc::text as handler,
       nullif(w.fdwvalidator, 0)::regproc::text as validator,
       (select string_agg(o, ' ' order by o) from unnest(w.fdwoptions) o) as options,
       pg_get_userbyid(w.fdwowner) as owner,
       coalesce((select string_agg(x::text, ' ' order by x::text)
                   from unnest(coalesce(w.fdwacl, acldefault('F', w.fdwowner))) x), '(none)') as acl
from pg_foreign_data_wrapper w
join mem on mem.classid = 'pg_foreign_data_wrapper'::regclass and mem.objid = w.oid
cross join lateral pg_identify_object('pg_foreign_data_wrapper'::regclass, w.oid, 0) io
