CREATE OR REPLACE FUNCTION vf_clean_newer_than_default_answer() RETURNS int LANGUAGE sql AS 'SELECT 42';
