-- the optional semicolon after the body's final END is the only change in the full install
CREATE INDEX log_at_idx ON @extschema@.log (at);
