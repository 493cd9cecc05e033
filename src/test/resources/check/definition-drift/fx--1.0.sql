CREATE TABLE t (a int, b text);
CREATE VIEW v AS SELECT a FROM t;
CREATE INDEX t_a_idx ON t (a);
CREATE TYPE color AS ENUM ('red', 'green');
