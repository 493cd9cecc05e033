-- The relations an extension registered with pg_extension_config_dump, with their filters.
-- $1: the extension's name. Columns: oid, qualified name, relkind, filter (may be empty).
SELECT c.oid,
       pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname),
       c.relkind,
       coalesce(x.cond, '')
  FROM pg_catalog.pg_extension e
 CROSS JOIN LATERAL ROWS FROM (pg_catalog.unnest(e.extconfig), pg_catalog.unnest(e.extcondition))
       AS x(reloid, cond)
  JOIN pg_catalog.pg_class c ON c.oid = x.reloid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE e.extname = ?
 ORDER BY 2
