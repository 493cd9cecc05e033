ALTER TABLE item ADD COLUMN price numeric;
CREATE OR REPLACE VIEW item_view AS SELECT i.* FROM item i WHERE i.id > 0;
DROP VIEW item_tags;
CREATE VIEW item_tags AS SELECT * FROM @extschema@.item JOIN tag ON tag.item_id = item.id;
