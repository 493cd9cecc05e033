\echo Use "ALTER EXTENSION shop_audit UPDATE TO '2.0'" to load this file. \quit

-- TRUNCATE is audited from 2.0 on (the value is only used at run time, so adding it
-- inside the update's transaction is fine on PostgreSQL 12 and later).
ALTER TYPE audit_action ADD VALUE IF NOT EXISTS 'truncate';

CREATE OR REPLACE FUNCTION audit_trigger()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = @extschema@, pg_temp
AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM audit_record(TG_TABLE_NAME, 'truncate', NULL);
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM audit_record(TG_TABLE_NAME, 'delete', to_jsonb(OLD));
        RETURN OLD;
    END IF;
    PERFORM audit_record(TG_TABLE_NAME, lower(TG_OP)::audit_action, to_jsonb(NEW));
    RETURN NEW;
END;
$$;

-- audit_count gains a lower time bound; the one-argument form goes away.
DROP FUNCTION IF EXISTS audit_count(text);
CREATE OR REPLACE FUNCTION audit_count(p_table text, p_since timestamptz DEFAULT '-infinity')
RETURNS bigint
LANGUAGE sql
STABLE
SET search_path = @extschema@, pg_temp
AS $$
    SELECT count(*) FROM audit_log WHERE table_name = p_table AND changed_at >= p_since;
$$;

CREATE INDEX audit_log_changed_at_idx ON audit_log (changed_at);

-- New in 2.0: delete audit rows older than the given age; returns how many went.
CREATE FUNCTION purge_audit_log(p_older_than interval)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = @extschema@, pg_temp
AS $$
DECLARE
    n bigint;
BEGIN
    DELETE FROM audit_log WHERE changed_at < now() - p_older_than;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END;
$$;
