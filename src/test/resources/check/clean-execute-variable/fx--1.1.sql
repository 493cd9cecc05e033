CREATE TABLE jobs (id int PRIMARY KEY, name text);
CREATE PROCEDURE tidy(p_keep int DEFAULT 1)
  LANGUAGE plpgsql
  AS $$
BEGIN
  DELETE FROM @extschema@.jobs WHERE id > p_keep;
END
$$;
