select name, factor from units order by name;

-- The column is named factor: this query fails on every database and compares nothing.
select name, multiplier from units;
