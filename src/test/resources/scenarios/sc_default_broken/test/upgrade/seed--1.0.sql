create table tickets(id int primary key, code text not null default next_code());
insert into tickets (id) values (1), (2);
