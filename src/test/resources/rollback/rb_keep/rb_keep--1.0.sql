\echo Use "CREATE EXTENSION" to load this file. \quit
create table rb_keep_targets (
  id int generated always as identity primary key,
  name text not null unique,
  builtin boolean not null default false);
-- named so that its rows sort first, but they reference the targets: the replay puts them after
create table rb_keep_rules (
  id serial primary key,
  target int not null references rb_keep_targets (id),
  pattern text,
  weight numeric default 1,
  label text generated always as (upper(pattern)) stored);
select pg_catalog.pg_extension_config_dump('rb_keep_targets', 'where not builtin');
select pg_catalog.pg_extension_config_dump('rb_keep_rules', '');
insert into rb_keep_targets (name, builtin) values ('default', true);
