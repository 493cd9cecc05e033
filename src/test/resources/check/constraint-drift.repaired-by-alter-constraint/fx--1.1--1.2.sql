-- the next release repairs it in place
ALTER TABLE @extschema@.child ALTER CONSTRAINT child_sub_parent_fkey DEFERRABLE INITIALLY DEFERRED;
