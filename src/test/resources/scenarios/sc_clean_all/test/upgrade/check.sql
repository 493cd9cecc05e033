-- The same answers on an upgraded database as on a fresh 1.1 seeded alike.
select id, item, amount from orders order by id;
select name, factor from units order by name;
select norm('  Mixed ') as normalised;
