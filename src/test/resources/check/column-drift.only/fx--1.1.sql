CREATE TABLE base_event (id bigint NOT NULL, at timestamptz);
CREATE TABLE click_event () INHERITS (base_event);
ALTER TABLE ONLY base_event ALTER COLUMN at SET DEFAULT now();
