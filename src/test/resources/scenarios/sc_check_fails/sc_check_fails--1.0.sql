\echo Use "CREATE EXTENSION" to load this file. \quit
create table units(name text primary key, factor int not null);
insert into units values ('km', 1000);
