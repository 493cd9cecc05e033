CREATE TABLE base_event (id bigint NOT NULL, source text);
CREATE TABLE click_event (target text) INHERITS (base_event);
ALTER TABLE click_event ALTER COLUMN source SET DEFAULT 'web';
