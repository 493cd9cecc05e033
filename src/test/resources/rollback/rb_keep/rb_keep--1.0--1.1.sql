\echo Use "ALTER EXTENSION rb_keep UPDATE TO '1.1'" to load this file. \quit
-- 1.1 adds a function and leaves the configuration tables as they are: 1.0 takes the rows back
create function rb_keep_rule_count() returns bigint
  language sql stable as 'select count(*) from rb_keep_rules';
