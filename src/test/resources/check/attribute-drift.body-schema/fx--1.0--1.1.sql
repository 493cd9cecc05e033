CREATE FUNCTION caller() RETURNS int LANGUAGE sql AS 'SELECT @extschema@.helper() + 1';
CREATE FUNCTION same() RETURNS int LANGUAGE sql AS 'SELECT @extschema@.helper()';
