COMMENT ON COLUMN t.z IS 'added in 1.2';
