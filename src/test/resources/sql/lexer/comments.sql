-- a line comment
SELECT 1; -- trailing comment
/* block */ SELECT /* nested /* inner */ still comment */ 2;
/* multi
   line /* nested
   */ done */
SELECT 3 +/* op then comment */ 4, 5 =-- comment ends the operator
6;
SELECT a/**/b, c--d
;
/*/ not closed by this slash */ x
/**/y/***/z
