DROP FUNCTION public.old_sum(public.pair);
CREATE FUNCTION @extschema@.new_sum(@extschema@.pair) RETURNS int LANGUAGE sql AS 'SELECT $1.a + $1.b';
ALTER TABLE public.item ADD COLUMN note text;
DROP INDEX public.item_p_idx;
CREATE OR REPLACE FUNCTION public.keep(public.pair) RETURNS int LANGUAGE sql AS 'SELECT $1.a';
