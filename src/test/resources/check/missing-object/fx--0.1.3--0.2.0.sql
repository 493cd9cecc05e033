-- placeholder: nothing changed in SQL
SELECT 'no-op';
