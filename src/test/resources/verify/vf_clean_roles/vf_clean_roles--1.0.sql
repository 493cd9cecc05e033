DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vf_roles_reader') THEN CREATE ROLE vf_roles_reader; END IF; END $$;
CREATE TABLE t (a int);
GRANT SELECT ON t TO vf_roles_reader;
