\echo Use "CREATE EXTENSION lx" to load this file. \quit
SET search_path = pg_catalog, pg_temp;
DO $$
DECLARE
    t text := 'lx_t';
    q text := 'SELECT 1';
BEGIN
    EXECUTE 'TRUNCATE ' || quote_ident(t);
    EXECUTE 'TRUNCATE ' || t::regclass;
    EXECUTE q;
END
$$;
CREATE FUNCTION lx_drop(p_name text) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    EXECUTE format('DROP TABLE %I', p_name);
    EXECUTE 'SELECT $1' USING p_name;
END
$$;
