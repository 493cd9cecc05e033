CREATE FUNCTION mk_sum(p mk_pair) RETURNS int LANGUAGE sql AS 'SELECT p.a + p.b';
