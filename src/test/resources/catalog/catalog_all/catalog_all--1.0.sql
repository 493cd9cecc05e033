\echo Use "CREATE EXTENSION catalog_all" to load this file. \quit
create type mood as enum ('sad', 'ok', 'happy');
create type pair as (a int, b text collate "C");
create domain posint as int default 1 not null constraint positive check (value > 0);
create type floatrange as range (subtype = float8, subtype_diff = float8mi);
create table items (
  id int generated always as identity primary key,
  code text collate "C" not null unique,
  qty posint,
  price numeric(10, 2) default 0 check (price >= 0),
  total numeric generated always as (price * 2) stored,
  feeling mood default 'ok'
) with (fillfactor = 90);
comment on table items is 'the items';
comment on column items.code is 'the code';
create table item_notes (item int references items (id) on delete cascade, note text);
create unlogged table scratch (x int);
create index items_price on items (price) where price > 0;
create statistics items_stats (dependencies) on qty, price from items;
alter table items enable row level security;
create policy items_own on items for select to public using (qty > 0);
create sequence counter as bigint increment 5 minvalue 10 maxvalue 1000 start 20 cache 2 cycle;
create function touch() returns trigger language plpgsql as $$begin return new; end$$;
create trigger items_touch before update on items for each row execute function touch();
create rule scratch_nothing as on delete to scratch do instead nothing;
create view cheap as select id, code from items where price < 10;
create materialized view expensive as select id from items where price > 100 with no data;
create function add(a int, b int default 1) returns int language sql immutable strict parallel safe cost 5
  set search_path = pg_catalog as 'select a + b';
create procedure reset_items() language sql as 'delete from cat.items';
create function sum_state(s int, v int) returns int language sql immutable as 'select s + v';
create aggregate total_of(int) (sfunc = sum_state, stype = int, initcond = '0');
create function pair_eq(pair, pair) returns bool language sql immutable as 'select $1.a = $2.a';
create operator === (leftarg = pair, rightarg = pair, function = pair_eq, commutator = ===);
create operator family int_fam using btree;
create operator class int_ops for type int4 using btree family int_fam as
  operator 1 <, operator 3 =, operator 5 >, function 1 btint4cmp(int4, int4);
create function pair_text(pair) returns text language sql immutable as 'select $1.b';
create cast (pair as text) with function pair_text(pair);
create collation c_copy from "C";
create conversion utf8_latin1 for 'UTF8' to 'LATIN1' from utf8_to_iso8859_1;
create text search dictionary simple_dict (template = pg_catalog.simple, stopwords = english);
create text search configuration cfg (copy = pg_catalog.english);
create function on_ddl() returns event_trigger language plpgsql as $$begin end$$;
create event trigger catalog_all_ddl on ddl_command_end when tag in ('CREATE TABLE') execute function on_ddl();
alter event trigger catalog_all_ddl disable;
create foreign data wrapper cat_fdw options (debug 'true');
create server cat_server foreign data wrapper cat_fdw options (host 'localhost');
create access method cat_am type index handler bthandler;
create table settings (k text primary key, v text);
select pg_catalog.pg_extension_config_dump('settings', 'where k <> ''builtin''');
grant select on items to pg_monitor;
grant select (note) on item_notes to pg_monitor;
revoke execute on function add(int, int) from public;
comment on function add(int, int) is 'adds';
