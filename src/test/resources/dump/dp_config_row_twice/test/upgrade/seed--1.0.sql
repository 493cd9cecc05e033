insert into settings (k, v) values ('theme', 'mine');
