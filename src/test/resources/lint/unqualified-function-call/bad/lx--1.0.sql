\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE FUNCTION lx_setup(n integer) RETURNS void
    LANGUAGE sql SET search_path = pg_catalog, pg_temp
    AS 'SELECT';
SELECT lx_setup(1);
CREATE TABLE @extschema@.lx_t (name text DEFAULT lower('X'));
-- a SECURITY DEFINER body runs with its caller's search_path
CREATE FUNCTION lx_owner_name(p text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
BEGIN
    RETURN lower(p);
END
$$;
