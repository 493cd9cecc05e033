-- Text search configurations with their token-type mappings.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       (select quote_ident(n.nspname) || '.' || quote_ident(p.prsname)
          from pg_ts_parser p join pg_namespace n on n.oid = p.prsnamespace
         where p.oid = c.cfgparser) as parser,
       (select string_agg(m.maptokentype || ' ' || m.mapdict::regdictionary::text, E'\n'
                          order by m.maptokentype, m.mapseqno)
          from pg_ts_config_map m where m.mapcfg = c.oid) as mappings,
       pg_get_userbyid(c.cfgowner) as owner
from pg_ts_config c
join mem on mem.classid = 'pg_ts_config'::regclass and mem.objid = c.oid
cross join lateral pg_identify_object('pg_ts_config'::regclass, c.oid, 0) io
