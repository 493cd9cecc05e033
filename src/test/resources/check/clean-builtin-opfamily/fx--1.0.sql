CREATE FUNCTION small_lt_big(int2, numeric) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 < $2';
CREATE OPERATOR <<< (LEFTARG = int2, RIGHTARG = numeric, FUNCTION = small_lt_big);
ALTER OPERATOR FAMILY integer_ops USING btree ADD OPERATOR 1 <<< (int2, numeric);
