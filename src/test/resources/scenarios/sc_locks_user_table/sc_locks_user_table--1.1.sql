\echo Use "CREATE EXTENSION" to load this file. \quit
create domain qty as int constraint qty_check check (value >= 0) constraint qty_max check (value < 1000000);
