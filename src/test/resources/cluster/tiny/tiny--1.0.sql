\echo Use "CREATE EXTENSION tiny" to load this file. \quit
CREATE FUNCTION tiny_answer() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 41';
