CREATE TABLE IF NOT EXISTS audit_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    who text COLLATE "C" DEFAULT current_user NOT NULL,
    amount numeric(12, 2) CHECK (amount > 0),
    ref int REFERENCES @extschema@.other (id) ON DELETE CASCADE,
    code varchar(3) UNIQUE,
    g int GENERATED ALWAYS AS IDENTITY,
    CONSTRAINT who_len CHECK (length(who) < 64),
    UNIQUE (who, at)
);
CREATE UNLOGGED TABLE s.t2 (a int) WITH (fillfactor = 70);
CREATE TABLE copy AS SELECT 1 AS a;
ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS note text DEFAULT '' NOT NULL,
    DROP COLUMN IF EXISTS code,
    ALTER COLUMN amount TYPE numeric(14, 2) USING amount::numeric(14, 2),
    ALTER amount SET DEFAULT 0,
    ALTER COLUMN who DROP DEFAULT,
    ALTER COLUMN note SET NOT NULL,
    ADD CONSTRAINT note_len CHECK (length(note) < 100),
    DROP CONSTRAINT IF EXISTS who_len,
    ENABLE ROW LEVEL SECURITY;
ALTER TABLE ONLY audit_log RENAME COLUMN note TO remark;
ALTER TABLE IF EXISTS audit_log RENAME TO audit_events;
ALTER TABLE audit_events SET SCHEMA archive;
ALTER TABLE audit_events RENAME CONSTRAINT note_len TO remark_len;
SELECT pg_catalog.pg_extension_config_dump('audit_log', 'WHERE id > 0');
SELECT pg_extension_config_dump('@extschema@.settings'::regclass, '');
