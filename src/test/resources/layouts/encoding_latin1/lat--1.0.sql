\echo Use "CREATE EXTENSION lat" to load this file. \quit

COMMENT ON SCHEMA public IS 'café';
