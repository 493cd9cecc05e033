-- The column exists already: ALTER EXTENSION UPDATE stops here.
ALTER TABLE gx.items ADD COLUMN id integer;
ALTER TABLE gx.items ADD COLUMN name text;
