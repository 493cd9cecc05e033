\echo Use "CREATE EXTENSION" to load this file. \quit
create sequence item_ids;
alter table items alter column id set default nextval('item_ids');
alter sequence item_ids owned by items.id;
create or replace function item_price(i int) returns numeric language sql stable strict as 'select price from items where id = i';
