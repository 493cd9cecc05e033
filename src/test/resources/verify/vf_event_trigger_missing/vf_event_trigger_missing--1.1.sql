\echo Use "CREATE EXTENSION" to load this file. \quit
create function on_ddl() returns event_trigger language plpgsql as $$begin end$$;
create event trigger vf_on_ddl on ddl_command_end when tag in ('CREATE TABLE') execute function on_ddl();
