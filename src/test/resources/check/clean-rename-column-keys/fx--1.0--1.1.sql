-- renaming a column renames it in constraints and indexes; renaming a key's index renames the key
ALTER TABLE @extschema@.status_text RENAME COLUMN error_code TO alert_code;
ALTER TABLE @extschema@.status_text RENAME COLUMN error_text TO alert_text;
ALTER INDEX @extschema@.status_text_error_code_pkey RENAME TO status_text_alert_code_pkey;
