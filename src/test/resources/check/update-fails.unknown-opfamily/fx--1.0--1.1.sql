ALTER OPERATOR FAMILY integer_opz USING btree ADD OPERATOR 1 <<< (int2, numeric);
