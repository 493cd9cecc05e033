CREATE TABLE jobs (id int PRIMARY KEY, done boolean NOT NULL DEFAULT false);
CREATE PROCEDURE tidy()
  LANGUAGE plpgsql
  AS $$
BEGIN
  DELETE FROM @extschema@.jobs WHERE done;
END
$$;
