-- CREATE PROCEDURE held in a variable, run by EXECUTE only on servers that have procedures
DO $guard$
DECLARE
  v_sql text;
BEGIN
IF current_setting('server_version_num')::int >= 110000 THEN
  v_sql := $create$
CREATE PROCEDURE @extschema@.tidy(p_keep int DEFAULT 1)
  LANGUAGE plpgsql
  AS $$
BEGIN
  DELETE FROM @extschema@.jobs WHERE id > p_keep;
END
$$;
$create$;
  EXECUTE v_sql;
END IF;
END
$guard$;
