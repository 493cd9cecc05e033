\echo Use "CREATE EXTENSION" to load this file. \quit
create or replace function public.h() returns int language sql as $$select 2$$;
