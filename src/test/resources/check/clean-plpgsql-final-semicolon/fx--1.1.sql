CREATE TABLE log (id int PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());
CREATE INDEX log_at_idx ON log (at);
CREATE FUNCTION log_clear(p_interval interval) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    DELETE FROM @extschema@.log WHERE at < now() - p_interval;
END
$$;
