CREATE TABLE base_event (id bigint NOT NULL, at timestamptz, source text);
CREATE TABLE click_event () INHERITS (base_event);
CREATE TABLE base_page (id bigint, at timestamptz);
CREATE TABLE view_event (id bigint NOT NULL, page text NOT NULL) INHERITS (fx.base_page);
ALTER TABLE click_event ALTER COLUMN at SET DEFAULT now();
ALTER TABLE click_event ALTER COLUMN source SET NOT NULL;
