\echo Use "CREATE EXTENSION" to load this file. \quit
set local maintenance_work_mem = '64MB';
select set_config('lock_timeout', '2s', true);
do $$ begin perform set_config('work_mem', '8MB', true); end $$;
create index if not exists t_a on t(a);
