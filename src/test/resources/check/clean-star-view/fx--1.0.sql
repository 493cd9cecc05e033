CREATE TABLE item (id int PRIMARY KEY, label text);
CREATE TABLE tag (item_id int, tag text);
CREATE VIEW item_view AS SELECT i.* FROM item i WHERE i.id > 0;
CREATE VIEW item_tags AS SELECT * FROM @extschema@.item JOIN tag ON tag.item_id = item.id;
CREATE VIEW item_count AS SELECT count(*) AS n, 2 * 3 AS six FROM item;
CREATE VIEW item_sub AS SELECT s.* FROM (SELECT * FROM item) s;
CREATE VIEW settings_view AS SELECT * FROM pg_catalog.pg_settings;
