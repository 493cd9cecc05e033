CREATE FUNCTION total(int, int) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  RETURN $1 + $2;
END;
$$;
CREATE FUNCTION label(t text) RETURNS text LANGUAGE sql AS 'select upper(t)';
