-- Indexes and column defaults of user relations over the extension's objects. $1 = extension name.
-- A generated column's expression names its row's columns: it cannot be evaluated on its own.
with ext as (select oid from pg_catalog.pg_extension where extname = ?),
members as (
  select d.classid, d.objid from pg_catalog.pg_depend d, ext
   where d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
     and d.refobjid = ext.oid and d.deptype = 'e'),
deps as (
  select distinct d.classid, d.objid from pg_catalog.pg_depend d
    join members m on d.refclassid = m.classid and d.refobjid = m.objid
   where d.deptype in ('n', 'a'))
select 'index ' || i.indexrelid::pg_catalog.regclass::text, i.indisvalid::text, null
  from pg_catalog.pg_index i join deps d on d.objid = i.indexrelid
   and d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
union all
select 'default of ' || a.adrelid::pg_catalog.regclass::text || '.'
         || pg_catalog.quote_ident(att.attname),
       null, pg_catalog.pg_get_expr(a.adbin, a.adrelid)
  from pg_catalog.pg_attrdef a join deps d on d.objid = a.oid
   and d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass
  join pg_catalog.pg_attribute att on att.attrelid = a.adrelid and att.attnum = a.adnum
   and att.attgenerated = ''
order by 1
