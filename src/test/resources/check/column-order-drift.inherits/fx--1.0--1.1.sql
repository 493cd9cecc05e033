ALTER TABLE base_event ADD COLUMN source text;
ALTER TABLE click_event ALTER COLUMN source SET DEFAULT 'web';
