\echo Use "CREATE EXTENSION lk" to load this file. \quit

CREATE TYPE @extschema@.pair AS (a integer, b text, c boolean);
CREATE DOMAIN @extschema@.posint AS integer CONSTRAINT posint_positive CHECK (VALUE > 0);
CREATE TYPE @extschema@.level AS ENUM ('low', 'high');

CREATE TABLE @extschema@.notes (
    id integer PRIMARY KEY,
    body text NOT NULL,
    owner name DEFAULT current_user
);
ALTER TABLE @extschema@.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_own ON @extschema@.notes USING (owner = current_user);

CREATE TABLE @extschema@.settings (key text PRIMARY KEY, value text, builtin boolean DEFAULT false);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.settings', 'WHERE NOT builtin');

CREATE TABLE @extschema@.events (
    id serial PRIMARY KEY,
    note integer REFERENCES @extschema@.notes (id),
    lvl @extschema@.level NOT NULL DEFAULT 'low',
    size @extschema@.posint
);
CREATE RULE events_no_delete AS ON DELETE TO @extschema@.events DO INSTEAD NOTHING;

CREATE MATERIALIZED VIEW @extschema@.note_counts AS
    SELECT note, count(*) AS n FROM @extschema@.events GROUP BY note;
CREATE UNIQUE INDEX note_counts_note ON @extschema@.note_counts (note);

REVOKE SELECT ON @extschema@.notes FROM PUBLIC;
GRANT SELECT ON @extschema@.events TO PUBLIC;
GRANT USAGE ON SEQUENCE @extschema@.events_id_seq TO PUBLIC;
