CREATE TABLE app.jobs (id int PRIMARY KEY);
CREATE FUNCTION app.run(p_id int) RETURNS void LANGUAGE sql AS 'SELECT 1';
