CREATE FUNCTION mixed_handler() RETURNS language_handler LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE FUNCTION mixed_own(int) RETURNS int LANGUAGE c STRICT AS 'MODULE_PATHNAME', 'mixed_own';
