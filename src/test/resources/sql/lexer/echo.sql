\echo Use "CREATE EXTENSION demo" to load this file. \quit
SELECT 1; \echo not at line start
CREATE FUNCTION f() RETURNS text AS $$
\echo removed even inside a string
SELECT 'kept'
$$ LANGUAGE sql;
\quit
/* a comment
\echo */ is removed, so the comment goes on
*/ SELECT 'a
\echo it's gone too
b';
