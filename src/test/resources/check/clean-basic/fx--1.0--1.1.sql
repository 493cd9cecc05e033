\echo Use "ALTER EXTENSION fx UPDATE" to load this file. \quit
ALTER TABLE items ADD COLUMN IF NOT EXISTS created timestamptz NOT NULL DEFAULT now();
ALTER TYPE state ADD VALUE IF NOT EXISTS 'busy' BEFORE 'done';
CREATE FUNCTION count_items() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM @extschema@.items $$;
