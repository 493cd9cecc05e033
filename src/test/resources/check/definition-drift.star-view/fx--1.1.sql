CREATE TABLE item (id int PRIMARY KEY, label text, price numeric);
CREATE TABLE tag (item_id int, tag text);
CREATE VIEW item_view AS SELECT i.* FROM item i WHERE i.id > 0;
CREATE VIEW item_tags AS SELECT * FROM @extschema@.item JOIN tag ON tag.item_id = item.id;
CREATE VIEW item_flag AS SELECT i.*, true AS flag FROM item AS i;
