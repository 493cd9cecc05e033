-- Types: enum labels in order, composite attributes, domains, base types' I/O functions
-- (PostgreSQL 14+: with the subscript handler). Ranges inline.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       t.typtype as kind,
       (select string_agg(quote_literal(e.enumlabel), ', ' order by e.enumsortorder)
          from pg_enum e where e.enumtypid = t.oid) as labels,
       (select string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
                          || coalesce(' collate ' || nullif(a.attcollation, 0)::regcollation::text, ''),
                          E'\n' order by a.attnum)
          from pg_attribute a
         where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped
           -- a table's row type repeats its columns, which columns.sql reads
           and (select relkind from pg_class where oid = t.typrelid) = 'c') as attributes,
       case when t.typtype = 'd' then format_type(t.typbasetype, t.typtypmod) end as base_type,
       case when t.typtype = 'd' then t.typnotnull end as not_null,
       t.typdefault as "default",
       nullif(t.typcollation, 0)::regcollation::text as collation,
       (select concat_ws(' ', 'subtype=' || format_type(r.rngsubtype, null),
                         'collation=' || nullif(r.rngcollation, 0)::regcollation::text,
                         'opclass=' || (select quote_ident(n.nspname) || '.' || quote_ident(o.opcname)
                                          from pg_opclass o join pg_namespace n on n.oid = o.opcnamespace
                                         where o.oid = r.rngsubopc),
                         'canonical=' || nullif(r.rngcanonical, 0)::regproc::text,
                         'subdiff=' || nullif(r.rngsubdiff, 0)::regproc::text)
          from pg_range r where r.rngtypid = t.oid) as range,
       case when t.typtype = 'b' then concat_ws(' ', 'input=' || t.typinput::regproc::text,
            'output=' || t.typoutput::regproc::text,
            'receive=' || nullif(t.typreceive, 0)::regproc::text,
            'send=' || nullif(t.typsend, 0)::regproc::text,
            'typmod_in=' || nullif(t.typmodin, 0)::regproc::text,
            'typmod_out=' || nullif(t.typmodout, 0)::regproc::text,
            'analyze=' || nullif(t.typanalyze, 0)::regproc::text,
            'subscript=' || nullif(t.typsubscript, 0)::regproc::text) end as functions,
       case when t.typtype = 'b' then concat_ws(' ', 'length=' || t.typlen, 'byval=' || t.typbyval,
            'align=' || t.typalign::text, 'storage=' || t.typstorage::text, 'category=' || t.typcategory::text,
            'preferred=' || t.typispreferred, 'delimiter=' || t.typdelim::text,
            'element=' || nullif(t.typelem, 0)::regtype::text) end as properties,
       pg_get_userbyid(t.typowner) as owner,
       coalesce((select string_agg(x::text, ' ' order by x::text)
                   from unnest(coalesce(t.typacl, acldefault('T', t.typowner))) x), '(none)') as acl
from pg_type t
join mem on mem.classid = 'pg_type'::regclass and mem.objid = t.oid
cross join lateral pg_identify_object('pg_type'::regclass, t.oid, 0) io
