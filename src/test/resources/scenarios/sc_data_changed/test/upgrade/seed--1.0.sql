insert into units values ('box', 12), ('crate', 48);
