CREATE TABLE t (a int, z int);
