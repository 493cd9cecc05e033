\echo Use "CREATE EXTENSION" to load this file. \quit
-- forgot: create or replace view v as select a, b from t;
