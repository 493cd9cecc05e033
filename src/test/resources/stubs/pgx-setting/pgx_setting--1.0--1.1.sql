-- nothing changes
SELECT 1;
