\echo Use "CREATE EXTENSION" to load this file. \quit
create type color as enum ('red', 'green', 'blue');
