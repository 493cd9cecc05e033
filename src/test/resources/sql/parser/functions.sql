-- identity: aliases, OUT arguments, defaults, VARIADIC, arrays
CREATE FUNCTION f(a int, b varchar(10) DEFAULT 'x', OUT c bool) RETURNS bool
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT true $$;
CREATE OR REPLACE FUNCTION @extschema@.g(int4[], VARIADIC vals _int8)
RETURNS SETOF double precision AS 'MODULE_PATHNAME', 'g_c' LANGUAGE C PARALLEL SAFE COST 5;
CREATE FUNCTION "MixedCase"(timestamptz, timestamp with time zone, "char", character varying)
RETURNS TABLE (id integer, label text)
SECURITY DEFINER SET search_path = pg_catalog, pg_temp LEAKPROOF ROWS 10
LANGUAGE plpgsql AS $body$ BEGIN RETURN QUERY SELECT 1, 'a'; END $body$;
CREATE FUNCTION other.h(in x float, inout y numeric(10,2)) LANGUAGE sql RETURNS NULL ON NULL INPUT
AS 'SELECT x, y';
CREATE PROCEDURE p(a integer, OUT b integer) LANGUAGE sql BEGIN ATOMIC SELECT 1; END;
CREATE AGGREGATE agg(integer) (SFUNC = int4pl, STYPE = integer);
CREATE AGGREGATE old_agg (BASETYPE = float8, SFUNC = float8pl, STYPE = float8);
CREATE AGGREGATE pct(float8 ORDER BY anyelement) (SFUNC = ordered_set_transition, STYPE = internal);
ALTER FUNCTION f(integer, character varying) STABLE PARALLEL RESTRICTED SET work_mem = '1MB';
ALTER FUNCTION IF EXISTS g OWNER TO someone;
ALTER FUNCTION f(int, varchar) RENAME TO f2;
ALTER ROUTINE p(int) SET SCHEMA other;
DROP FUNCTION IF EXISTS f(int, text), g(integer[], bigint[]) CASCADE;
DROP FUNCTION plain_name;
DROP AGGREGATE agg(*);
COMMENT ON FUNCTION f(int4, varchar) IS 'does f';
