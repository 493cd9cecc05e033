\echo Use "CREATE EXTENSION" to load this file. \quit
alter table items add column price numeric(10,2) default 0;
create sequence item_ids;
alter table items alter column id set default nextval('item_ids');
alter sequence item_ids owned by items.id;
create function item_price(i int) returns numeric language sql stable strict as 'select price from items where id = i';
