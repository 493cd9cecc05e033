-- Operator families with their pg_amop and pg_amproc members (whether added by an operator
-- class or by ALTER OPERATOR FAMILY).
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       (select amname from pg_am where oid = f.opfmethod) as access_method,
       (select string_agg(format('operator %s (%s, %s) %s%s', ao.amopstrategy,
                                 format_type(ao.amoplefttype, null), format_type(ao.amoprighttype, null),
                                 ao.amopopr::regoperator::text,
                                 case when ao.amoppurpose = 'o'
                                      then ' for order by ' || (select quote_ident(n.nspname) || '.' || quote_ident(sf.opfname)
                                                                 from pg_opfamily sf join pg_namespace n on n.oid = sf.opfnamespace
                                                                where sf.oid = ao.amopsortfamily)
                                      else '' end),
                          E'\n' order by ao.amopstrategy, format_type(ao.amoplefttype, null), format_type(ao.amoprighttype, null))
          from pg_amop ao where ao.amopfamily = f.oid) as operators,
       (select string_agg(format('function %s (%s, %s) %s', ap.amprocnum,
                                 format_type(ap.amproclefttype, null), format_type(ap.amprocrighttype, null),
                                 ap.amproc::regprocedure::text),
                          E'\n' order by ap.amprocnum, format_type(ap.amproclefttype, null), format_type(ap.amprocrighttype, null))
          from pg_amproc ap where ap.amprocfamily = f.oid) as functions,
       pg_get_userbyid(f.opfowner) as owner
from pg_opfamily f
join mem on mem.classid = 'pg_opfamily'::regclass and mem.objid = f.oid
cross join lateral pg_identify_object('pg_opfamily'::regclass, f.oid, 0) io
