\echo Use "CREATE EXTENSION" to load this file. \quit
create function next_code() returns text language plpgsql volatile as $$begin raise exception 'next_code() needs a prefix argument from 1.1 on'; end$$;
