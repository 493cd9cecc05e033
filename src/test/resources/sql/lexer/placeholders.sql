CREATE FUNCTION @extschema@.f() RETURNS int AS 'SELECT 1' LANGUAGE sql;
ALTER FUNCTION f() OWNER TO @extowner@;
SELECT @extschema:other_ext@.g(), '@extschema@ stays in strings';
SELECT a<@extschema@.t, @EXTSCHEMA@, @extschema, @extschema:@;
