\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE ROLE lx_reader NOLOGIN;
GRANT lx_reader TO CURRENT_USER;
SET ROLE lx_reader;
