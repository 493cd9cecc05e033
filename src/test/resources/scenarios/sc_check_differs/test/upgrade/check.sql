select name, factor from units order by name;
