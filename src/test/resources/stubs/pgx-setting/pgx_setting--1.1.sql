CREATE FUNCTION hello() RETURNS text STRICT LANGUAGE c AS 'MODULE_PATHNAME', 'hello_wrapper';
DO $$
BEGIN
  IF current_database() <> current_setting('pgx_setting.database_name') THEN
    RAISE EXCEPTION 'can only be created in database %', current_setting('pgx_setting.database_name');
  END IF;
END
$$;
