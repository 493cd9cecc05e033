SELECT U&"d\0061t\+000061" , u&"d!0061t" UESCAPE '!', U&"\\x";
SELECT abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij;
SELECT "ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ";
SELECT ééééééééééééééééééééééééééééééééééééééé;
LOAD 'MODULE_PATHNAME'; CREATE FUNCTION f() RETURNS int AS MODULE_PATHNAME, 'f' LANGUAGE c;
