\echo Use "CREATE EXTENSION" to load this file. \quit
set standard_conforming_strings = on;
set local client_min_messages = warning;
create table t(a int);
create index t_a on t(a);
