CREATE TABLE t (a int, b text);
CREATE VIEW v AS SELECT a, b FROM t WHERE a > 0;
CREATE INDEX t_a_idx ON t (a, b);
CREATE TYPE color AS ENUM ('red', 'green', 'blue');
