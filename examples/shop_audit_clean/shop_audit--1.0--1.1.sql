\echo Use "ALTER EXTENSION shop_audit UPDATE TO '1.1'" to load this file. \quit

CREATE FUNCTION audit_count(p_table text)
RETURNS bigint
LANGUAGE sql
STABLE
SET search_path = @extschema@, pg_temp
AS $$
    SELECT count(*) FROM audit_log WHERE table_name = p_table;
$$;
