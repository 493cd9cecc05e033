CREATE TABLE t (a int);;
;
INSERT INTO t VALUES (1); INSERT INTO t
VALUES (2);
SELECT ';' AS semi, $$ ; $$, "x;y" -- ; in a comment
/* ; */ FROM t;
SELECT 'last statement has no semicolon'
