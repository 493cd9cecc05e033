-- 1.1's full install makes the key deferrable; this script forgot to
ALTER TABLE @extschema@.child ADD COLUMN note text;
