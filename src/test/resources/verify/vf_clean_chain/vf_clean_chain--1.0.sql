\echo Use "CREATE EXTENSION" to load this file. \quit
create table items(id int primary key, name text);
create function item_name(i int) returns text language sql stable as 'select name from items where id = i';
