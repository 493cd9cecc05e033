-- Relations whose rows an update must keep: the extension's configuration tables (c) and user relations over its objects (u). $1 = extension name.
with ext as (select oid, extconfig from pg_catalog.pg_extension where extname = ?),
members as (
  select d.classid, d.objid from pg_catalog.pg_depend d, ext
   where d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
     and d.refobjid = ext.oid and d.deptype = 'e'),
owned as (
  select classid, objid from members
  union
  select d.classid, d.objid from pg_catalog.pg_depend d
    join members m on d.refclassid = m.classid and d.refobjid = m.objid
   where d.deptype = 'i'),
deps as (
  select d.classid, d.objid from pg_catalog.pg_depend d
    join owned o on d.refclassid = o.classid and d.refobjid = o.objid
   where d.deptype in ('n', 'a')),
rels as (
  select case d.classid
    when 'pg_catalog.pg_class'::pg_catalog.regclass then
      coalesce((select indrelid from pg_catalog.pg_index where indexrelid = d.objid), d.objid)
    when 'pg_catalog.pg_attrdef'::pg_catalog.regclass then
      (select adrelid from pg_catalog.pg_attrdef where oid = d.objid)
    when 'pg_catalog.pg_rewrite'::pg_catalog.regclass then
      (select ev_class from pg_catalog.pg_rewrite where oid = d.objid)
    when 'pg_catalog.pg_constraint'::pg_catalog.regclass then
      (select conrelid from pg_catalog.pg_constraint where oid = d.objid)
    when 'pg_catalog.pg_trigger'::pg_catalog.regclass then
      (select tgrelid from pg_catalog.pg_trigger where oid = d.objid)
    end as rel
    from deps d)
select c.oid::pg_catalog.regclass::text, 'c' from ext, pg_catalog.pg_class c
 where c.oid = any (ext.extconfig) and c.relkind in ('r', 'p')
union
select c.oid::pg_catalog.regclass::text, 'u' from pg_catalog.pg_class c
 where c.oid in (select rel from rels) and c.relkind in ('r', 'p', 'v', 'm')
   and c.relpersistence <> 't'
   and c.oid not in (select objid from members
                      where classid = 'pg_catalog.pg_class'::pg_catalog.regclass)
order by 1
