DO $$
DECLARE
  r record;
  old_name text;
  new_name text;
BEGIN
  FOR r IN SELECT relid, stable_name FROM fx.source LOOP
    old_name := 'changes_' || r.relid::text;
    new_name := 'changes_' || r.stable_name;
    EXECUTE format('ALTER TABLE %I.%I RENAME TO %I', 'fx', old_name, new_name);
    EXECUTE format('ALTER FUNCTION fx.%I() RENAME TO %I', 'cdc_' || r.relid, 'cdc_' || r.stable_name);
  END LOOP;
END
$$;
