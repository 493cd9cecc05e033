\echo Use "CREATE EXTENSION shop_audit" to load this file. \quit

CREATE TYPE audit_action AS ENUM ('insert', 'update', 'delete', 'truncate');

CREATE TABLE audit_settings (
    name text PRIMARY KEY,
    value text NOT NULL
);
SELECT pg_catalog.pg_extension_config_dump('audit_settings', '');
INSERT INTO audit_settings (name, value) VALUES ('retention_days', '90');

CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    action audit_action NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    row_data jsonb,
    actor text NOT NULL DEFAULT current_user
);
CREATE INDEX audit_log_table_time_idx ON audit_log (table_name, changed_at);
CREATE INDEX audit_log_changed_at_idx ON audit_log (changed_at);
SELECT pg_catalog.pg_extension_config_dump('audit_log', '');
SELECT pg_catalog.pg_extension_config_dump('audit_log_id_seq', '');

CREATE FUNCTION audit_record(p_table text, p_action audit_action, p_row jsonb)
RETURNS bigint
LANGUAGE sql
SET search_path = @extschema@, pg_temp
AS $$
    INSERT INTO audit_log (table_name, action, row_data)
    VALUES (p_table, p_action, p_row)
    RETURNING id;
$$;

CREATE FUNCTION audit_trigger()
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

CREATE FUNCTION audit_count(p_table text, p_since timestamptz DEFAULT '-infinity')
RETURNS bigint
LANGUAGE sql
STABLE
SET search_path = @extschema@, pg_temp
AS $$
    SELECT count(*) FROM audit_log WHERE table_name = p_table AND changed_at >= p_since;
$$;

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

CREATE VIEW recent_activity AS
SELECT id, table_name, action, changed_at, actor
FROM audit_log
WHERE changed_at OPERATOR(pg_catalog.>) (now() OPERATOR(pg_catalog.-) interval '1 day');
