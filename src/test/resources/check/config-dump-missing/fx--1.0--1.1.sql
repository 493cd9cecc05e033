ALTER TABLE settings ADD COLUMN note text;
