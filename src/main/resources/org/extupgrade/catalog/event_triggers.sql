-- Event triggers: event, tags, function and enabled state.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       e.evtevent as event,
       e.evtfoid::regprocedure::text as function,
       e.evtenabled as enabled,
       (select string_agg(t, ' ' order by t) from unnest(e.evttags) t) as tags,
       pg_get_userbyid(e.evtowner) as owner
from pg_event_trigger e
join mem on mem.classid = 'pg_event_trigger'::regclass and mem.objid = e.oid
cross join lateral pg_identify_object('pg_event_trigger'::regclass, e.oid, 0) io
