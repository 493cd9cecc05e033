-- three '--': PostgreSQL ignores this name
SELECT 1;
