\echo Use "CREATE EXTENSION" to load this file. \quit
create sequence item_ids;
create table items(id int primary key default nextval('item_ids'), name text, price numeric(10,2) default 0);
alter sequence item_ids owned by items.id;
create function item_name(i int) returns text language sql stable as 'select name from items where id = i';
create function item_price(i int) returns numeric language sql stable strict as 'select price from items where id = i';
