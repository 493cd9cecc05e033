insert into rb_keep_targets (name) values ('alpha'), ('it''s');
insert into rb_keep_rules (target, pattern, weight) values (2, 'a\b', 2.5), (3, null, default);
