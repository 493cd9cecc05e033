ALTER TABLE item ADD COLUMN price numeric;
