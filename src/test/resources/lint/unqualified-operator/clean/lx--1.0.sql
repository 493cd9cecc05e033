\echo Use "CREATE EXTENSION lx" to load this file. \quit
CREATE VIEW @extschema@.lx_v AS SELECT 1 OPERATOR(pg_catalog.+) 2 AS three, -1 AS minus_one;
-- constants, typmods and constraints are no operators or calls
CREATE TABLE @extschema@.lx_t (
    a integer DEFAULT -1 NOT NULL,
    b text DEFAULT 'x' COLLATE "C",
    c numeric(10, 2) DEFAULT 0.5,
    d timestamptz DEFAULT now(),
    e integer[] DEFAULT '{}',
    f bigint GENERATED ALWAYS AS IDENTITY,
    CONSTRAINT lx_t_pk PRIMARY KEY (a),
    UNIQUE (b, c)
);
ALTER TABLE @extschema@.lx_t ALTER COLUMN c SET DEFAULT 1.5;
ALTER TABLE @extschema@.lx_t ADD COLUMN g boolean DEFAULT false NOT NULL;
CREATE VIEW @extschema@.lx_w AS SELECT t.*, a AS first FROM @extschema@.lx_t t ORDER BY a DESC;
