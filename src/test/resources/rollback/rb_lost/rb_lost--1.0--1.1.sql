\echo Use "ALTER EXTENSION rb_lost UPDATE TO '1.1'" to load this file. \quit
-- the notes are gone from the dump: after a rollback to 1.0 the column is there, empty
alter table rb_lost_settings drop column note;
-- the dump names the new column: 1.0 has no such column, its INSERTs fail
alter table rb_lost_hooks add column priority int not null default 0;
