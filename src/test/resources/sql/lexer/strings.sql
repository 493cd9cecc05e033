SELECT 'plain', 'it''s', 'back\slash', '';
SELECT 'con'
  'tinued', 'same' 'line';
SELECT 'with' -- a comment between
   'comment', 'x'
/* block comments do not continue */ 'y';
SELECT N'national', n'also';
SELECT E'tab\there', e'nl\n cr\r bs\b ff\f', E'quote\' and '' and \\';
SELECT E'\101\x42\u0043\U00000044', E'\303\251t\xc3\xa9', E'\uD83D\uDE00', E'\q\x';
SELECT U&'d\0061t\+000061', U&'d!0061t' UESCAPE '!', U&'\\' ;
SELECT U&'a' /* comment */ uescape /* c */ '#', 'b';
SELECT B'0101', b'1', X'1F', x'ab'
  'cd', E'e'
  'f\n';
