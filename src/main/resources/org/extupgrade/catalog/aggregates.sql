-- Aggregate internals: transition, final, combine functions and states.
with mem as (
  select d.classid, d.objid from pg_depend d
  where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    and d.refobjid = (select oid from pg_extension where extname = ?)
)
select io.type || ' ' || io.identity as identity,
       g.aggkind as aggregate_kind,
       g.aggnumdirectargs as direct_args,
       g.aggtransfn::regprocedure::text as transition_function,
       nullif(g.aggfinalfn, 0)::regprocedure::text as final_function,
       nullif(g.aggcombinefn, 0)::regprocedure::text as combine_function,
       nullif(g.aggserialfn, 0)::regprocedure::text as serial_function,
       nullif(g.aggdeserialfn, 0)::regprocedure::text as deserial_function,
       nullif(g.aggmtransfn, 0)::regprocedure::text as moving_transition_function,
       nullif(g.aggminvtransfn, 0)::regprocedure::text as moving_inverse_function,
       nullif(g.aggmfinalfn, 0)::regprocedure::text as moving_final_function,
       g.aggfinalextra as final_extra,
       g.aggmfinalextra as moving_final_extra,
       g.aggfinalmodify as final_modify,
       g.aggmfinalmodify as moving_final_modify,
       nullif(g.aggsortop, 0)::regoperator::text as sort_operator,
       format_type(g.aggtranstype, null) as state_type,
       g.aggtransspace as state_space,
       nullif(g.aggmtranstype, 0)::regtype::text as moving_state_type,
       g.aggmtransspace as moving_state_space,
       g.agginitval as initial_value,
       g.aggminitval as moving_initial_value
from pg_aggregate g
join mem on mem.classid = 'pg_proc'::regclass and mem.objid = g.aggfnoid
cross join lateral pg_identify_object('pg_proc'::regclass, g.aggfnoid, 0) io
