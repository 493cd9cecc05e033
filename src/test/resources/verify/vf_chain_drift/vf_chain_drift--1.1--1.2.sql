\echo Use "CREATE EXTENSION" to load this file. \quit
-- forgot: create index t_b on t(b);
