CREATE FUNCTION vf_old_versions_untestable_answer() RETURNS int LANGUAGE sql AS 'SELECT 42';
