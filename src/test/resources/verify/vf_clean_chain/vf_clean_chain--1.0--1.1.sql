\echo Use "CREATE EXTENSION" to load this file. \quit
alter table items add column price numeric(10,2) default 0;
create function item_price(i int) returns numeric language sql stable as 'select price from items where id = i';
