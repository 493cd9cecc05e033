SELECT a+b, a-b, a*-b, a=-1, a<>b, a!=b, a<=b, a>=b, a||b, @a, a<->b;
SELECT x::int, y := 1, f(a => 1), a..b, a : b, a[1:2];
SELECT a?-b, a~-b, a@-b, a+-b, a-+b, a%-b, a^-b, a!-b, a*+b;
SELECT 1 + 2 * 3 / 4 % 5 ^ 6;
SELECT a <@ b, a @> b, a && b, a ~~* b, a !~ b, a #- b, a ?| b, a `b;
SELECT \ , { } ;
SELECT a @-- a comment after an operator
, b ?/* a comment */ c, d+-- comment
, e ~~/**/f;
