ALTER TABLE click_event ALTER COLUMN at SET DEFAULT now();
ALTER TABLE view_event ALTER COLUMN page SET NOT NULL;
ALTER TABLE base_event ADD COLUMN source text;
ALTER TABLE click_event ALTER COLUMN source SET NOT NULL;
ALTER TABLE view_event ALTER COLUMN at TYPE timestamptz;
