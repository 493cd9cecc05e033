-- Columns of member tables, views and foreign tables, numbered by visible position (dropped
-- columns leave gaps in attnum, so the position is counted, not read).
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       row_number() over (partition by c.oid order by a.attnum) as position,
       format_type(a.atttypid, a.atttypmod) as type,
       case when a.attcollation <> 0 and a.attcollation <> t.typcollation
            then a.attcollation::regcollation::text end as collation,
       a.attnotnull as not_null,
       -- Defaults as PostgreSQL applies them. One that is only NULL under casts (PostgreSQL drops a
       -- bare NULL constant but keeps NULL under a length coercion, a relabelling or a domain) is
       -- no default, unless the type is a domain with a default of its own, which that NULL
       -- overrides. A literal with at most one cast, of a built-in type (0, 0.0 and
       -- '0'::double precision on a double precision column), reads as its value in the
       -- column's type.
       case when dx.expr is null or a.attgenerated <> '' then dx.expr
            when dx.expr ~ '^[(]*NULL(::("[^"]*"|[a-z0-9_ .$\[\]]|[(][0-9, ]*[)])+[)]*)*$'
              then case when t.typdefaultbin is not null then dx.expr end
            when dx.expr ~ '^[(]*(-?[0-9][0-9.e+-]*|''([^'']|'''')*'')[)]*(::("[^"]*"|[a-z0-9_ .$\[\]]|[(][0-9, ]*[)])+)?$'
                 and t.typnamespace = 'pg_catalog'::regnamespace
              then quote_literal(replace(replace(replace(replace(
                     substring(
                            query_to_xml(format('select (%s)::%s::text as v', dx.expr,
                                                format_type(a.atttypid, a.atttypmod)),
                                         false, true, '')::text from '<v>(.*)</v>'),
                     '&lt;', '<'), '&gt;', '>'), '&#x0d;', E'\r'), '&amp;', '&'))
                   || '::' || format_type(a.atttypid, a.atttypmod)
            else dx.expr end as "default",
       nullif(a.attidentity, '') as identity_kind,
       nullif(a.attgenerated, '') as generated,
       a.attstorage as storage,
       nullif(a.attstattarget, -1) as statistics_target,
       (select string_agg(o, ' ' order by o) from unnest(a.attoptions) o) as options,
       (select string_agg(o, ' ' order by o) from unnest(a.attfdwoptions) o) as fdw_options,
       (select string_agg(x::text, ' ' order by x::text) from unnest(a.attacl) x) as acl,
       (select description from pg_description dsc
         where dsc.classoid = 'pg_class'::regclass and dsc.objoid = c.oid
           and dsc.objsubid = a.attnum) as comment,
       (select string_agg(x::text, ' ' order by x::text)
          from pg_init_privs ip, unnest(ip.initprivs) x
         where ip.classoid = 'pg_class'::regclass and ip.objoid = c.oid
           and ip.objsubid = a.attnum) as init_privs
from pg_class c
join mem on mem.classid = 'pg_class'::regclass and mem.objid = c.oid
join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
join pg_type t on t.oid = a.atttypid
left join pg_attrdef ad on ad.adrelid = c.oid and ad.adnum = a.attnum
cross join lateral (select pg_get_expr(ad.adbin, ad.adrelid) as expr) dx
cross join lateral pg_identify_object('pg_class'::regclass, c.oid, a.attnum) io
where c.relkind in ('r', 'p', 'v', 'm', 'f')
