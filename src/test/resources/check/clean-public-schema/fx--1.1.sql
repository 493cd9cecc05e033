CREATE TYPE pair AS (a int, b int);
CREATE TABLE item (id int PRIMARY KEY, p pair, note text);
CREATE FUNCTION new_sum(pair) RETURNS int LANGUAGE sql AS 'SELECT $1.a + $1.b';
CREATE FUNCTION keep(pair) RETURNS int LANGUAGE sql AS 'SELECT $1.a';
