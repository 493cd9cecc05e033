\echo Use "CREATE EXTENSION" to load this file. \quit
-- forgot: alter type color add value 'blue';
