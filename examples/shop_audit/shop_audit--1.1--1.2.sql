\echo Use "ALTER EXTENSION shop_audit UPDATE TO '1.2'" to load this file. \quit

ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS actor text NOT NULL DEFAULT current_user;

CREATE OR REPLACE VIEW recent_activity AS
SELECT id, table_name, action, changed_at, actor
FROM audit_log
WHERE changed_at OPERATOR(pg_catalog.>) (now() OPERATOR(pg_catalog.-) interval '1 day');
