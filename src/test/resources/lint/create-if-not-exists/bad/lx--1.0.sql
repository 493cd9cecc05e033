\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE TABLE IF NOT EXISTS lx_items (id integer);
CREATE SEQUENCE IF NOT EXISTS lx_seq;
