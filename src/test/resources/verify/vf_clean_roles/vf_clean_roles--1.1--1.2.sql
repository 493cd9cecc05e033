-- the role is recreated: a DROP ROLE fails while any database of the cluster holds a grant to it
REVOKE SELECT ON t FROM vf_roles_reader;
DROP ROLE vf_roles_reader;
CREATE ROLE vf_roles_reader;
GRANT SELECT ON t TO vf_roles_reader;
