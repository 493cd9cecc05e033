-- Functions on PostgreSQL 13: no SQL-standard bodies, the body is prosrc.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       p.prokind as kind,
       -- The arguments as pg_get_function_arguments writes them, each default read as PostgreSQL
       -- applies it: NULL under any casts reads NULL, and a literal with at most one cast, of a
       -- built-in type (0, 0.0, '0'::double precision), reads as its value in the argument's type.
       -- A NULL default still differs from none: the argument can be left out.
       case when p.prokind = 'a' then pg_get_function_arguments(p.oid) else
       coalesce((select string_agg(
                  case coalesce(p.proargmodes[x.i::int], 'i')
                    when 'o' then 'OUT ' when 'b' then 'INOUT ' when 'v' then 'VARIADIC ' else '' end
                  || coalesce(nullif(quote_ident(p.proargnames[x.i::int]), '""') || ' ', '')
                  || format_type(x.ty, null)
                  || coalesce(' DEFAULT ' || case
                       when dflt.expr ~ '^[(]*NULL(::("[^"]*"|[a-z0-9_ .$\[\]]|[(][0-9, ]*[)])+[)]*)*$'
                         then 'NULL'
                       when dflt.expr ~ '^[(]*(-?[0-9][0-9.e+-]*|''([^'']|'''')*'')[)]*(::("[^"]*"|[a-z0-9_ .$\[\]]|[(][0-9, ]*[)])+)?$'
                            and (select typnamespace from pg_type where oid = x.ty) = 'pg_catalog'::regnamespace
                         then quote_literal(replace(replace(replace(replace(
                                substring(
                                       query_to_xml(format('select (%s)::%s::text as v', dflt.expr,
                                                           format_type(x.ty, null)),
                                                    false, true, '')::text from '<v>(.*)</v>'),
                                '&lt;', '<'), '&gt;', '>'), '&#x0d;', E'\r'), '&amp;', '&'))
                              || '::' || format_type(x.ty, null)
                       else dflt.expr end, ''),
                  ', ' order by x.i)
                  from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) with ordinality x(ty, i)
                  cross join lateral (select pg_get_function_arg_default(p.oid, x.i::int) as expr) dflt
                 where coalesce(p.proargmodes[x.i::int], 'i') <> 't'), '') end as arguments,
       pg_get_function_result(p.oid) as result,
       l.lanname as language,
       p.prosrc as body,
       nullif(p.probin, '-') as library,
       p.provolatile as volatility,
       p.proisstrict as strict,
       p.prosecdef as security_definer,
       p.proleakproof as leakproof,
       p.proparallel as parallel,
       p.procost as cost,
       case when p.proretset then p.prorows end as rows,
       (select string_agg(s, E'\n' order by s) from unnest(p.proconfig) s) as config,
       nullif(p.prosupport, 0)::regprocedure::text as support,
       pg_get_userbyid(p.proowner) as owner,
       coalesce((select string_agg(x::text, ' ' order by x::text)
                   from unnest(coalesce(p.proacl, acldefault('f', p.proowner))) x), '(none)') as acl
from pg_proc p
join mem on mem.classid = 'pg_proc'::regclass and mem.objid = p.oid
join pg_language l on l.oid = p.prolang
cross join lateral pg_identify_object('pg_proc'::regclass, p.oid, 0) io
