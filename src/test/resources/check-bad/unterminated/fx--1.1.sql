CREATE TABLE t (a int);
COMMENT ON TABLE t IS 'never closed;
