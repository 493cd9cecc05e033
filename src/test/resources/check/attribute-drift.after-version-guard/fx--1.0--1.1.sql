-- every supported server passes this test: the procedure is created for certain, and its body
-- differs from the full install's (it keeps done jobs instead of dropping them)
DO $guard$
BEGIN
IF pg_catalog.current_setting('server_version_num')::int >= 110000 THEN
  CREATE PROCEDURE @extschema@.tidy()
    LANGUAGE plpgsql
    AS $$
  BEGIN
    DELETE FROM @extschema@.jobs WHERE NOT done;
  END
  $$;
END IF;
END
$guard$;
