CREATE FUNCTION halve(x int) RETURNS int LANGUAGE plpgsql AS $body$
    BEGIN
        RETURN x / 2;
    END;
$body$;
CREATE FUNCTION atomic(x int) RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT x + 1;
END;
