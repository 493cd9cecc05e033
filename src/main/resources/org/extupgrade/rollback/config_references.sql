-- Foreign keys between relations: (referencing oid, referenced oid), self-references left out.
-- $1: the oids of the configuration tables.
SELECT DISTINCT conrelid, confrelid
  FROM pg_catalog.pg_constraint
 WHERE contype = 'f' AND conrelid = ANY (?::oid[]) AND confrelid = ANY (?::oid[]) AND conrelid <> confrelid
 ORDER BY 1, 2
