-- The configuration tables of an extension and the columns a generated row gives a value:
-- not dropped, not generated, no default, not identity. Per row: table (qualified), filter,
-- column, type category, type name, first enum label, not null. $1 = extension name.
SELECT pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname),
       coalesce(x.cond, ''),
       a.attname,
       t.typcategory,
       t.typname,
       (SELECT e.enumlabel FROM pg_catalog.pg_enum e
         WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder LIMIT 1),
       a.attnotnull
  FROM pg_catalog.pg_extension ext
 CROSS JOIN LATERAL ROWS FROM (pg_catalog.unnest(ext.extconfig), pg_catalog.unnest(ext.extcondition))
       AS x(reloid, cond)
  JOIN pg_catalog.pg_class c ON c.oid = x.reloid AND c.relkind IN ('r', 'p')
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_attribute a
    ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND NOT a.atthasdef
   AND a.attidentity = '' AND a.attgenerated = ''
  LEFT JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
 WHERE ext.extname = ?
 ORDER BY 1, a.attnum
