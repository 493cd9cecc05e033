-- Encoding conversions.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       pg_encoding_to_char(c.conforencoding) as source_encoding,
       pg_encoding_to_char(c.contoencoding) as target_encoding,
       c.conproc::regprocedure::text as function,
       c.condefault as "default",
       pg_get_userbyid(c.conowner) as owner
from pg_conversion c
join mem on mem.classid = 'pg_conversion'::regclass and mem.objid = c.oid
cross join lateral pg_identify_object('pg_conversion'::regclass, c.oid, 0) io
