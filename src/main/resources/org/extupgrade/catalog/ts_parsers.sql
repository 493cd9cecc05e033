-- Text search parsers.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       p.prsstart::regproc::text as start, p.prstoken::regproc::text as gettoken,
       p.prsend::regproc::text as "end", nullif(p.prsheadline, 0)::regproc::text as headline,
       p.prslextype::regproc::text as lextypes
from pg_ts_parser p
join mem on mem.classid = 'pg_ts_parser'::regclass and mem.objid = p.oid
cross join lateral pg_identify_object('pg_ts_parser'::regclass, p.oid, 0) io
