CREATE FUNCTION fx_add(int, int) RETURNS int AS '$libdir/fxlib', 'fx_add' LANGUAGE C STRICT;
CREATE FUNCTION fx_sub(int, int) RETURNS int AS 'MODULE_PATHNAME', 'fx_sub' LANGUAGE C STRICT;
