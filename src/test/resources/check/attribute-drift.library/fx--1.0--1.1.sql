CREATE FUNCTION fx_sub(int, int) RETURNS int AS 'fxlib', 'fx_sub' LANGUAGE C STRICT;
