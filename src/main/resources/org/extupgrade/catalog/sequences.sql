-- Sequence parameters of member sequences.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       format_type(s.seqtypid, null) as data_type,
       s.seqstart as start, s.seqincrement as increment, s.seqmin as min, s.seqmax as max,
       s.seqcache as cache, s.seqcycle as cycle,
       (select d.refobjid::regclass::text || '.' || quote_ident(a.attname)
          from pg_depend d join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
         where d.classid = 'pg_class'::regclass and d.objid = s.seqrelid
           and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')) as owned_by
from pg_sequence s
join mem on mem.classid = 'pg_class'::regclass and mem.objid = s.seqrelid
cross join lateral pg_identify_object('pg_class'::regclass, s.seqrelid, 0) io
