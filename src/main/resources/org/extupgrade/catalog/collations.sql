-- Collations on PostgreSQL 17+ (colllocale, ICU rules).
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       c.collprovider as provider,
       c.collisdeterministic as deterministic,
       c.collencoding as encoding,
       c.collcollate as lc_collate,
       c.collctype as lc_ctype,
       c.colllocale as locale,
       c.collicurules as icu_rules,
       pg_get_userbyid(c.collowner) as owner
from pg_collation c
join mem on mem.classid = 'pg_collation'::regclass and mem.objid = c.oid
cross join lateral pg_identify_object('pg_collation'::regclass, c.oid, 0) io
