-- What an extension offers its users to build on, for the dependents scenario: its functions, operators, types, operator classes and relations. Per row: kind, what (PostgreSQL's words), name (schema-qualified, quoted), argument type oids (operators: left, right; 0 for none), flavor (function: prokind, or 'o' for an ordered-set aggregate; operator: oprkind; opclass: its access method; relation: relkind), variadic, why it cannot be used (null when it can), and its bare name (what a DROP names). $1 = extension name.
with ext as (select oid from pg_catalog.pg_extension where extname = ?),
members as (
  select d.classid, d.objid from pg_catalog.pg_depend d, ext
   where d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
     and d.refobjid = ext.oid and d.deptype = 'e'),
pseudo as (select oid from pg_catalog.pg_type where typtype = 'p')
select 'function' as kind,
       case p.prokind when 'p' then 'procedure ' when 'a' then 'aggregate ' else 'function ' end
         || p.oid::pg_catalog.regprocedure::text as what,
       pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname) as name,
       p.proargtypes::pg_catalog.oid[] as args,
       case when a.aggkind in ('o', 'h') then 'o' else p.prokind::text end as flavor,
       p.provariadic <> 0 as variadic,
       case
         when p.prokind = 'p' then 'a procedure (no view can call it)'
         when a.aggkind in ('o', 'h') then 'an ordered-set aggregate'
         when exists (select from pg_catalog.unnest(p.proargtypes) t where t in (select oid from pseudo))
           then 'takes a pseudo-type argument'
         when p.prorettype in (select oid from pseudo)
              and p.prorettype not in ('pg_catalog.void'::pg_catalog.regtype,
                                       'pg_catalog.record'::pg_catalog.regtype,
                                       'pg_catalog.cstring'::pg_catalog.regtype)
           then 'returns ' || pg_catalog.format_type(p.prorettype, null)
       end as skip,
       p.proname::text as bare
  from members m
  join pg_catalog.pg_proc p on m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass and p.oid = m.objid
  join pg_catalog.pg_namespace n on n.oid = p.pronamespace
  left join pg_catalog.pg_aggregate a on a.aggfnoid = p.oid
union all
select 'operator', 'operator ' || o.oid::pg_catalog.regoperator::text,
       'OPERATOR(' || pg_catalog.quote_ident(n.nspname) || '.' || o.oprname || ')',
       array[o.oprleft, o.oprright]::pg_catalog.oid[], o.oprkind::text, false,
       case when o.oprleft in (select oid from pseudo) or o.oprright in (select oid from pseudo)
         then 'takes a pseudo-type operand' end,
       o.oprname::text
  from members m
  join pg_catalog.pg_operator o on m.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass and o.oid = m.objid
  join pg_catalog.pg_namespace n on n.oid = o.oprnamespace
union all
select 'type', 'type ' || pg_catalog.format_type(t.oid, null), pg_catalog.format_type(t.oid, null),
       array[t.oid]::pg_catalog.oid[], t.typtype::text, false,
       case when t.typtype = 'p' then 'a pseudo-type' when not t.typisdefined then 'a shell type' end,
       t.typname::text
  from members m
  join pg_catalog.pg_type t on m.classid = 'pg_catalog.pg_type'::pg_catalog.regclass and t.oid = m.objid
 where (t.typrelid = 0 or (select relkind from pg_catalog.pg_class where oid = t.typrelid) = 'c')
   and not exists (select from pg_catalog.pg_type e where e.typarray = t.oid)
union all
select 'opclass', 'operator class ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.opcname) || ' for ' || am.amname,
       pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.opcname),
       array[c.opcintype]::pg_catalog.oid[], am.amname::text, false,
       case
         when c.opcintype in (select oid from pseudo) then 'indexes a pseudo-type'
         when am.amname not in ('btree', 'hash', 'gist', 'gin', 'spgist', 'brin')
           then 'of access method ' || am.amname || ' (not built in)'
       end,
       c.opcname::text
  from members m
  join pg_catalog.pg_opclass c on m.classid = 'pg_catalog.pg_opclass'::pg_catalog.regclass and c.oid = m.objid
  join pg_catalog.pg_am am on am.oid = c.opcmethod
  join pg_catalog.pg_namespace n on n.oid = c.opcnamespace
union all
select 'relation',
       case r.relkind when 'v' then 'view ' when 'm' then 'materialized view ' else 'table ' end
         || r.oid::pg_catalog.regclass::text,
       pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(r.relname),
       '{}'::pg_catalog.oid[], r.relkind::text, false, null, r.relname::text
  from members m
  join pg_catalog.pg_class r on m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass and r.oid = m.objid
  join pg_catalog.pg_namespace n on n.oid = r.relnamespace
 where r.relkind in ('r', 'p', 'v', 'm', 'f')
order by 1, 2
