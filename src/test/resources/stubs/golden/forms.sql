-- Every spelling of a C function stub mode rewrites; other statements stay byte for byte.
CREATE TABLE t (a int);
CREATE FUNCTION quoted_lang(int) RETURNS int AS '$libdir/forms', 'quoted_lang' LANGUAGE 'c' IMMUTABLE;
CREATE OR REPLACE FUNCTION upper_lang(a int, OUT b int, INOUT c text) LANGUAGE "C" AS 'MODULE_PATHNAME', 'upper_lang';
CREATE FUNCTION defaulted_symbol() RETURNS bigint LANGUAGE c AS 'MODULE_PATHNAME';
CREATE FUNCTION split_as(x text DEFAULT 'a;b')
  RETURNS SETOF text
  LANGUAGE c
  AS 'MODULE_PATHNAME',
     'split_as_impl'
  STRICT ROWS 7 COST 3;
CREATE PROCEDURE proc(INOUT n int) LANGUAGE c AS 'MODULE_PATHNAME', 'proc';
CREATE FUNCTION trg() RETURNS trigger LANGUAGE c AS 'MODULE_PATHNAME', 'trg';
CREATE FUNCTION evt() RETURNS event_trigger LANGUAGE c AS 'MODULE_PATHNAME', 'evt';
CREATE FUNCTION vr(VARIADIC "any") RETURNS text LANGUAGE c AS 'MODULE_PATHNAME', 'vr';
CREATE FUNCTION lonely_out(internal) RETURNS cstring LANGUAGE c AS 'MODULE_PATHNAME', 'lonely_out';
CREATE FUNCTION am_handler(internal) RETURNS index_am_handler LANGUAGE c AS 'MODULE_PATHNAME', 'am';
CREATE FUNCTION ts(a timestamp with time zone) RETURNS timestamp with time zone STABLE LANGUAGE c AS 'MODULE_PATHNAME', 'ts';
CREATE FUNCTION not_c() RETURNS text LANGUAGE sql AS $$ SELECT 'LANGUAGE c AS ''x'', ''y''' $$;
CREATE TYPE small;
CREATE FUNCTION small_in(cstring) RETURNS small LANGUAGE c IMMUTABLE STRICT AS 'MODULE_PATHNAME', 'small_in';
CREATE FUNCTION small_out(small) RETURNS cstring LANGUAGE c IMMUTABLE STRICT AS 'MODULE_PATHNAME', 'small_out';
CREATE TYPE small (INTERNALLENGTH = 4, PASSEDBYVALUE, ALIGNMENT = int4, INPUT = small_in, OUTPUT = small_out);
CREATE TYPE odd;
CREATE FUNCTION odd_in(cstring) RETURNS odd LANGUAGE c IMMUTABLE STRICT AS 'MODULE_PATHNAME', 'odd_in';
CREATE FUNCTION odd_out(odd) RETURNS cstring LANGUAGE c IMMUTABLE STRICT AS 'MODULE_PATHNAME', 'odd_out';
CREATE TYPE odd (INTERNALLENGTH = 12, INPUT = odd_in, OUTPUT = odd_out);
CREATE TYPE dims;
CREATE FUNCTION dims_in(cstring, oid, integer) RETURNS dims LANGUAGE c IMMUTABLE STRICT AS 'MODULE_PATHNAME', 'dims_in';
CREATE FUNCTION dims_out(dims) RETURNS cstring LANGUAGE c IMMUTABLE STRICT AS 'MODULE_PATHNAME', 'dims_out';
CREATE FUNCTION dims_typmod_in(cstring[]) RETURNS integer LANGUAGE c IMMUTABLE STRICT AS 'MODULE_PATHNAME', 'dims_typmod_in';
CREATE FUNCTION dims_typmod_out(integer) RETURNS cstring LANGUAGE c IMMUTABLE STRICT AS 'MODULE_PATHNAME', 'dims_typmod_out';
CREATE TYPE dims (INPUT = dims_in, OUTPUT = dims_out, TYPMOD_IN = dims_typmod_in, TYPMOD_OUT = dims_typmod_out, INTERNALLENGTH = 8, STORAGE = plain);
CREATE TABLE uses_dims (d dims(3));
CREATE FUNCTION tags(t text[] DEFAULT ARRAY['a']) RETURNS cstring[] LANGUAGE c AS 'MODULE_PATHNAME', 'tags';
-- A same-named overload of an I/O function is not the I/O function: it keeps an ordinary stub.
CREATE FUNCTION small_out(small, integer) RETURNS text LANGUAGE c IMMUTABLE STRICT AS 'MODULE_PATHNAME', 'small_out_padded';
-- While a type is only a shell, PL/pgSQL refuses it: a function over it before its definition fails when called.
CREATE TYPE later;
CREATE FUNCTION later_in(cstring) RETURNS later LANGUAGE c IMMUTABLE STRICT AS 'MODULE_PATHNAME', 'later_in';
CREATE FUNCTION later_out(later) RETURNS cstring LANGUAGE c IMMUTABLE STRICT AS 'MODULE_PATHNAME', 'later_out';
CREATE FUNCTION later_make(int) RETURNS later LANGUAGE c IMMUTABLE STRICT AS 'MODULE_PATHNAME', 'later_make';
CREATE TYPE later (INTERNALLENGTH = -1, INPUT = later_in, OUTPUT = later_out);
CREATE FUNCTION later_len(later) RETURNS int LANGUAGE c IMMUTABLE STRICT AS 'MODULE_PATHNAME', 'later_len';
-- An implicit shell: the first function returning the type creates it.
CREATE FUNCTION implicit_in(cstring) RETURNS implicit LANGUAGE c IMMUTABLE STRICT AS 'MODULE_PATHNAME', 'implicit_in';
CREATE FUNCTION implicit_make(float8[]) RETURNS implicit LANGUAGE c IMMUTABLE STRICT AS 'MODULE_PATHNAME', 'implicit_make';
CREATE FUNCTION implicit_out(implicit) RETURNS cstring LANGUAGE c IMMUTABLE STRICT AS 'MODULE_PATHNAME', 'implicit_out';
CREATE TYPE implicit (INTERNALLENGTH = variable, INPUT = implicit_in, OUTPUT = implicit_out);
CREATE FUNCTION win(int) RETURNS int WINDOW IMMUTABLE LANGUAGE c AS 'MODULE_PATHNAME', 'win';
