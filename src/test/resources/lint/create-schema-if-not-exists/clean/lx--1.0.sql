\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE SCHEMA lx_data;
