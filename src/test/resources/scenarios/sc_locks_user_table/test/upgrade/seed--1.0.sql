create table stock(id int primary key, amount qty);
insert into stock values (1, 10), (2, 20);
