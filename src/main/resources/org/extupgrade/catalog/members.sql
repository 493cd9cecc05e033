-- Every member of the extension (pg_depend deptype 'e'), with the comment and initial
-- privileges every object class has. Class queries add definitions under the same identity.
-- Privileges are compared as PostgreSQL applies them: a NULL ACL means acldefault(kind, owner),
-- so an object never granted and one granted exactly its defaults (GRANT EXECUTE ... TO PUBLIC
-- on a function) read the same; so do their initial privileges (pg_init_privs has a row only
-- after a GRANT or REVOKE in a script). An empty ACL (everything revoked) reads '(none)'.
with ext as (select oid from pg_extension where extname = ?),
mem as (
  select d.classid, d.objid, pg_identify_object(d.classid, d.objid, 0) as io
  from pg_depend d join ext on d.refobjid = ext.oid
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
)
select (m.io).type || ' ' || (m.io).identity as identity,
       (select description from pg_description c
         where c.classoid = m.classid and c.objoid = m.objid and c.objsubid = 0) as comment,
       case when dflt.acl is not null then
         coalesce((select string_agg(a::text, ' ' order by a::text)
                     from unnest(coalesce((select ip.initprivs from pg_init_privs ip
                                            where ip.classoid = m.classid and ip.objoid = m.objid
                                              and ip.objsubid = 0), dflt.acl)) a), '(none)')
       else
         (select string_agg(a::text, ' ' order by a::text)
            from pg_init_privs ip, unnest(ip.initprivs) a
           where ip.classoid = m.classid and ip.objoid = m.objid and ip.objsubid = 0)
       end as init_privs
from mem m
cross join lateral (
  select case m.classid
    when 'pg_proc'::regclass then
      (select acldefault('f', proowner) from pg_proc where oid = m.objid)
    when 'pg_class'::regclass then
      (select acldefault((case when relkind = 'S' then 's' else 'r' end)::"char", relowner)
         from pg_class where oid = m.objid)
    when 'pg_type'::regclass then
      (select acldefault('T', typowner) from pg_type where oid = m.objid)
    when 'pg_namespace'::regclass then
      (select acldefault('n', nspowner) from pg_namespace where oid = m.objid)
    when 'pg_language'::regclass then
      (select acldefault('l', lanowner) from pg_language where oid = m.objid)
    when 'pg_foreign_data_wrapper'::regclass then
      (select acldefault('F', fdwowner) from pg_foreign_data_wrapper where oid = m.objid)
    when 'pg_foreign_server'::regclass then
      (select acldefault('S', srvowner) from pg_foreign_server where oid = m.objid)
  end as acl
) dflt
