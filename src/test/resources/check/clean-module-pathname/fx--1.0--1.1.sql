CREATE FUNCTION fx_sub(int, int) RETURNS int AS '$libdir/fxlib', 'fx_sub' LANGUAGE C STRICT;
