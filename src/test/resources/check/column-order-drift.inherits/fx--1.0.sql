CREATE TABLE base_event (id bigint NOT NULL);
CREATE TABLE click_event (target text) INHERITS (base_event);
