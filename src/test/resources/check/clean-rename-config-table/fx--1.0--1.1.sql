-- the registration keeps the table's oid: a renamed table stays a configuration table
ALTER TABLE @extschema@.mapping RENAME TO fx_mapping;
