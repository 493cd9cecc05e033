\echo Use "CREATE EXTENSION lx" to load this file. \quit
SET search_path = pg_catalog, pg_temp;
DO $$
DECLARE
    t text := 'lx_t';
BEGIN
    EXECUTE 'TRUNCATE ' || t;
END
$$;
CREATE FUNCTION lx_drop(p_name text) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    EXECUTE format('DROP TABLE %s', p_name);
END
$$;
