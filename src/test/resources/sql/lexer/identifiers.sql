CREATE TABLE MyTable (Col_1 int, "MixedCase" text, "with ""quotes""" text);
select ÄBC, Straße, _under, a$b, x1$2$;
SELECT ok, "a"".b";
