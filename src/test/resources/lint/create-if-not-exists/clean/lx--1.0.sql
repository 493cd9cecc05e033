\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE SCHEMA lx_data;
-- in a schema the script itself creates, nobody can have been first
CREATE TABLE IF NOT EXISTS lx_data.items (id integer);
CREATE TABLE lx_items (id integer);
