-- The columns of one configuration table as an INSERT names them: not dropped, with whether
-- they are generated (skipped), identity, in the primary key (the rows' order) and own a sequence.
-- $1: the table's oid.
SELECT a.attname,
       a.attgenerated <> '',
       a.attidentity <> '',
       coalesce(pg_catalog.array_position(i.indkey::int2[], a.attnum), 0),
       pg_catalog.pg_get_serial_sequence(a.attrelid::regclass::text, a.attname) IS NOT NULL,
       pg_catalog.quote_ident(a.attname)
  FROM pg_catalog.pg_attribute a
  LEFT JOIN pg_catalog.pg_index i ON i.indrelid = a.attrelid AND i.indisprimary
 WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attnum
