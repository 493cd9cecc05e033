CREATE FUNCTION total(int, int) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  -- the sum of both
  RETURN $1 + $2;
END;
$$;
CREATE FUNCTION other() RETURNS int LANGUAGE sql AS 'SELECT 1';
