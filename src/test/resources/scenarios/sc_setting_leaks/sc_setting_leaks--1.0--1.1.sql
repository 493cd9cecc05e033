\echo Use "CREATE EXTENSION" to load this file. \quit
set maintenance_work_mem = '256MB';
create index if not exists items_id on items(id);
