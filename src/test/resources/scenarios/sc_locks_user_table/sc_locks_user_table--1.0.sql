\echo Use "CREATE EXTENSION" to load this file. \quit
create domain qty as int constraint qty_check check (value >= 0);
