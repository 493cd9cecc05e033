CREATE TYPE mk_pair AS (a int, b int);
