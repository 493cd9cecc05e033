DO $$
DECLARE
  fname text := 'helper';
BEGIN
  EXECUTE 'CREATE FUNCTION ' || fname || '() RETURNS int LANGUAGE sql AS ''SELECT 1''';
END
$$;
