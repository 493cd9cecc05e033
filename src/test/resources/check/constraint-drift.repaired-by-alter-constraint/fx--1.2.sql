CREATE TABLE parent (name text PRIMARY KEY);
CREATE TABLE child (
    sub_parent text,
    note text,
    CONSTRAINT child_sub_parent_fkey FOREIGN KEY (sub_parent) REFERENCES parent (name) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
