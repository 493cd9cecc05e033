-- stale output of an older build: must not be picked (pg16 is newer)
SELECT 1;
