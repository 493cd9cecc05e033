ALTER TABLE events ADD COLUMN at timestamptz;
