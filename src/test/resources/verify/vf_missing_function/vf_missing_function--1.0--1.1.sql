\echo Use "CREATE EXTENSION" to load this file. \quit
-- forgot f2
