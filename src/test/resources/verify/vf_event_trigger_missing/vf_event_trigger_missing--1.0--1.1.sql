\echo Use "CREATE EXTENSION" to load this file. \quit
-- forgot the event trigger
