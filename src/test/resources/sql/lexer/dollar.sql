SELECT $$plain$$, $$$$, $tag$with $$ inside$tag$, $a1$x$a1$;
CREATE FUNCTION f(int) RETURNS int AS $body$
BEGIN
  RETURN $1 + $2;  -- params inside are text
  EXECUTE $q$SELECT 'x'$q$;
END
$body$ LANGUAGE plpgsql;
SELECT $1, $23, $x, $ , a$$b, $_t$ok$_t$;
SELECT $ab$ $xab$ b$ab$c$ab$;
SELECT $é$unicode tag$é$;
