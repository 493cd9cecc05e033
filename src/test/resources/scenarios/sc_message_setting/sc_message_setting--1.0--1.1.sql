\echo Use "CREATE EXTENSION" to load this file. \quit
create index if not exists t_a on t(a);
