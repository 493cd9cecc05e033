\echo Use "CREATE EXTENSION lx" to load this file. \quit
-- a member since 1.0: IF NOT EXISTS finds the extension's own schema
CREATE SCHEMA IF NOT EXISTS lx_data;
