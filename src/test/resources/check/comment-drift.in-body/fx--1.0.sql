CREATE FUNCTION total(int, int) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  RETURN $1 + $2;
END;
$$;
