create table names(id int primary key, name text);
insert into names values (1, ' Ann '), (2, 'Bob');
create view clean_names as select id, norm(name) as name from names;
