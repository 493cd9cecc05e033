-- Operator classes: access method, indexed type, default flag, family, storage type.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       (select amname from pg_am where oid = c.opcmethod) as access_method,
       c.opcintype::regtype::text as indexed_type,
       c.opcdefault as "default",
       (select quote_ident(n.nspname) || '.' || quote_ident(f.opfname)
          from pg_opfamily f join pg_namespace n on n.oid = f.opfnamespace
         where f.oid = c.opcfamily) as family,
       nullif(c.opckeytype, 0)::regtype::text as storage_type,
       pg_get_userbyid(c.opcowner) as owner
from pg_opclass c
join mem on mem.classid = 'pg_opclass'::regclass and mem.objid = c.oid
cross join lateral pg_identify_object('pg_opclass'::regclass, c.oid, 0) io
