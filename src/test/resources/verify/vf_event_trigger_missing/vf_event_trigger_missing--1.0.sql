\echo Use "CREATE EXTENSION" to load this file. \quit
create function on_ddl() returns event_trigger language plpgsql as $$begin end$$;
