-- A user's database on 1.0: a table with the extension's domain, an index and a default over its
-- function, a view, and a row in its configuration table.
create table orders(id int primary key, item text not null default norm('ITEM'), amount qty);
create index orders_item on orders (norm(item));
insert into orders values (1, 'Apple', 3), (2, 'pear', 5);
create view order_items as select id, norm(item) as item from orders;
insert into units values ('box', 12);
