CREATE TABLE base_event (id bigint NOT NULL, at timestamptz);
CREATE TABLE click_event () INHERITS (base_event);
CREATE TABLE base_page (id bigint, at timestamptz);
CREATE TABLE view_event (id bigint NOT NULL, page text) INHERITS (fx.base_page);
