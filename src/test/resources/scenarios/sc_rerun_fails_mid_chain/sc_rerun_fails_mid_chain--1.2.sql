\echo Use "CREATE EXTENSION" to load this file. \quit
create table items(id int, price numeric);
create or replace function price(i int) returns numeric language sql stable as $$select price from items where id = i$$;
