-- The server's own definitions of what one extension owns, for drafting: identity (as the
-- catalog reader writes it), rank (the OID: in a fresh install, creation order, so a valid
-- dependency order; a column ranks after its type and its default), and the definition text.
-- Run with search_path set to the extension's schema: names there come out unqualified, except
-- where the server always qualifies (the name after CREATE FUNCTION, ON table of an index or
-- trigger). extra: a column's default; 'constraint' for an index a constraint creates.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity, p.oid::bigint as rank,
       case when p.prokind <> 'a' then pg_get_functiondef(p.oid) end as definition,
       null::text as extra
from pg_proc p
join mem on mem.classid = 'pg_proc'::regclass and mem.objid = p.oid
cross join lateral pg_identify_object('pg_proc'::regclass, p.oid, 0) io
union all
select io.type || ' ' || io.identity, c.oid::bigint,
       case when c.relkind in ('v', 'm') then pg_get_viewdef(c.oid) end, null
from pg_class c
join mem on mem.classid = 'pg_class'::regclass and mem.objid = c.oid
cross join lateral pg_identify_object('pg_class'::regclass, c.oid, 0) io
union all
select io.type || ' ' || io.identity,
       greatest(c.oid::bigint, case when a.atttypid >= 16384 then a.atttypid::bigint else 0 end,
                coalesce(ad.oid::bigint, 0)),
       format_type(a.atttypid, a.atttypmod), pg_get_expr(ad.adbin, ad.adrelid)
from pg_class c
join mem on mem.classid = 'pg_class'::regclass and mem.objid = c.oid
join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
left join pg_attrdef ad on ad.adrelid = c.oid and ad.adnum = a.attnum
cross join lateral pg_identify_object('pg_class'::regclass, c.oid, a.attnum) io
where c.relkind in ('r', 'p', 'f')
union all
select io.type || ' ' || io.identity, k.oid::bigint, pg_get_constraintdef(k.oid), k.contype::text
from pg_constraint k
join mem on (mem.classid = 'pg_class'::regclass and mem.objid = k.conrelid)
         or (mem.classid = 'pg_type'::regclass and mem.objid = k.contypid)
cross join lateral pg_identify_object('pg_constraint'::regclass, k.oid, 0) io
union all
select io.type || ' ' || io.identity, i.indexrelid::bigint, pg_get_indexdef(i.indexrelid),
       case when exists (select 1 from pg_constraint k where k.conindid = i.indexrelid
                           and k.conrelid = i.indrelid and k.contype in ('p', 'u', 'x'))
            then 'constraint' end
from pg_index i
join mem on mem.classid = 'pg_class'::regclass and mem.objid = i.indrelid
cross join lateral pg_identify_object('pg_class'::regclass, i.indexrelid, 0) io
union all
select io.type || ' ' || io.identity, t.oid::bigint, pg_get_triggerdef(t.oid), null
from pg_trigger t
join mem on mem.classid = 'pg_class'::regclass and mem.objid = t.tgrelid
cross join lateral pg_identify_object('pg_trigger'::regclass, t.oid, 0) io
where not t.tgisinternal
union all
select io.type || ' ' || io.identity, t.oid::bigint,
       case when t.typtype = 'd' then format_type(t.typbasetype, t.typtypmod) end,
       case when t.typtype = 'd' then pg_get_expr(t.typdefaultbin, 0) end
from pg_type t
join mem on mem.classid = 'pg_type'::regclass and mem.objid = t.oid
cross join lateral pg_identify_object('pg_type'::regclass, t.oid, 0) io
union all
select io.type || ' ' || io.identity, s.oid::bigint, null, null
from pg_namespace s
join mem on mem.classid = 'pg_namespace'::regclass and mem.objid = s.oid
cross join lateral pg_identify_object('pg_namespace'::regclass, s.oid, 0) io
union all
select io.type || ' ' || io.identity, p.oid::bigint,
       'CREATE POLICY ' || quote_ident(p.polname) || ' ON ' || p.polrelid::regclass::text
       || case when p.polpermissive then '' else ' AS RESTRICTIVE' end
       || ' FOR ' || case p.polcmd when 'r' then 'SELECT' when 'a' then 'INSERT'
                                   when 'w' then 'UPDATE' when 'd' then 'DELETE' else 'ALL' end
       || ' TO ' || (select string_agg(case when r = 0 then 'PUBLIC' else quote_ident(pg_get_userbyid(r)) end, ', ')
                       from unnest(p.polroles) r)
       || coalesce(' USING (' || pg_get_expr(p.polqual, p.polrelid) || ')', '')
       || coalesce(' WITH CHECK (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')', ''),
       null
from pg_policy p
join mem on mem.classid = 'pg_class'::regclass and mem.objid = p.polrelid
cross join lateral pg_identify_object('pg_policy'::regclass, p.oid, 0) io
union all
select io.type || ' ' || io.identity, r.oid::bigint, pg_get_ruledef(r.oid), null
from pg_rewrite r
join mem on mem.classid = 'pg_class'::regclass and mem.objid = r.ev_class
cross join lateral pg_identify_object('pg_rewrite'::regclass, r.oid, 0) io
where r.rulename <> '_RETURN'
union all
select io.type || ' ' || io.identity, e.oid::bigint,
       'CREATE EVENT TRIGGER ' || quote_ident(e.evtname) || ' ON ' || e.evtevent
       || coalesce(' WHEN TAG IN (' || (select string_agg(quote_literal(t), ', ')
                                          from unnest(e.evttags) t) || ')', '')
       || ' EXECUTE FUNCTION ' || e.evtfoid::regproc::text || '()', null
from pg_event_trigger e
join mem on mem.classid = 'pg_event_trigger'::regclass and mem.objid = e.oid
cross join lateral pg_identify_object('pg_event_trigger'::regclass, e.oid, 0) io
