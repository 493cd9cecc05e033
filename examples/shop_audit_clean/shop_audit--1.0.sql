\echo Use "CREATE EXTENSION shop_audit" to load this file. \quit

CREATE TYPE audit_action AS ENUM ('insert', 'update', 'delete');

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
    row_data jsonb
);
CREATE INDEX audit_log_table_time_idx ON audit_log (table_name, changed_at);
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
    IF TG_OP = 'DELETE' THEN
        PERFORM audit_record(TG_TABLE_NAME, 'delete', to_jsonb(OLD));
        RETURN OLD;
    END IF;
    PERFORM audit_record(TG_TABLE_NAME, lower(TG_OP)::audit_action, to_jsonb(NEW));
    RETURN NEW;
END;
$$;

CREATE VIEW recent_activity AS
SELECT id, table_name, action, changed_at
FROM audit_log
WHERE changed_at OPERATOR(pg_catalog.>) (now() OPERATOR(pg_catalog.-) interval '1 day');
