\echo Use "ALTER EXTENSION tiny UPDATE" to load this file. \quit
CREATE OR REPLACE FUNCTION tiny_answer() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 42';
