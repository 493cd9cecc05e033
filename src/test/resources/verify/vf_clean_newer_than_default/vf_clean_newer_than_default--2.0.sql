CREATE FUNCTION vf_clean_newer_than_default_answer() RETURNS bigint LANGUAGE sql AS 'SELECT 42';
