\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE SCHEMA IF NOT EXISTS lx_data;
