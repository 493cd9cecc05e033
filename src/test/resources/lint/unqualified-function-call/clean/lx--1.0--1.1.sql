\echo Use "ALTER EXTENSION lx UPDATE TO '1.1'" to load this file. \quit
-- PL/pgSQL and SQL constructs that look like calls, operators or relations but are none
DO $$
DECLARE
    r record;
    n integer := 0;
    arr integer[] := ARRAY[1, 2];
    x integer;
    v_name pg_catalog.varchar(10);
    v_row lx_data.lx_t%ROWTYPE;
    cur CURSOR (p integer) FOR SELECT p;
BEGIN
    <<outer>>
    FOR r IN SELECT c.relname FROM pg_catalog.pg_class c LOOP
        n := n OPERATOR(pg_catalog.+) 1;
    END LOOP;
    FOR x IN 1..10 LOOP
        NULL;
    END LOOP;
    FOREACH x IN ARRAY arr LOOP
        NULL;
    END LOOP;
    RAISE NOTICE 'done %', n USING HINT = 'none';
    GET DIAGNOSTICS n = ROW_COUNT;
    INSERT INTO lx_data.lx_t (name) VALUES ('a') ON CONFLICT DO NOTHING;
    PERFORM 1 FROM lx_data.lx_t t WHERE EXISTS (SELECT 1);
    SELECT CAST(1 AS numeric(10, 2)) INTO n;
    SELECT q.a INTO n FROM (VALUES (1)) AS q (a);
    WITH w (a) AS (SELECT 1) SELECT a INTO n FROM w;
    SELECT * INTO v_row FROM lx_data.lx_t FOR UPDATE;
    SELECT count(*) INTO n FROM pg_catalog.pg_class;
    SELECT extract(epoch FROM now()), substring('abc' FROM 2), trim(BOTH ' ' FROM 'x') INTO n;
    UPDATE lx_data.lx_t SET name = 'b', at = now() WHERE name OPERATOR(pg_catalog.=) 'a';
    DELETE FROM lx_data.lx_t WHERE name OPERATOR(pg_catalog.<>) 'b';
    OPEN cur (1);
    FETCH NEXT FROM cur INTO x;
    CLOSE cur;
    CASE WHEN n OPERATOR(pg_catalog.>) 0 THEN NULL; ELSE NULL; END CASE;
    EXECUTE 'SELECT 1';
    n := -1;
EXCEPTION WHEN OTHERS THEN
    NULL;
END
$$;
