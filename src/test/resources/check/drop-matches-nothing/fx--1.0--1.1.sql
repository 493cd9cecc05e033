DROP FUNCTION IF EXISTS obsolete(text);
