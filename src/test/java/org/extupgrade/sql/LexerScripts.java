package org.extupgrade.sql;

import java.util.Random;

/**
 * Generates realistic extension scripts of any size (deterministic for a seed): tables, PL/pgSQL
 * and SQL functions with dollar-quoted bodies, comments, strings, grants, indexes, views and DO
 * blocks, in the proportions of real extension scripts. Shared by the large-script test and the JMH
 * benchmark.
 */
final class LexerScripts {
  private LexerScripts() {}

  /** A script of at least {@code chars} characters; returns it with its statement count. */
  static Script generate(int chars, long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(chars + 4096);
    sb.append("/* generated--1.0.sql */\n")
        .append("\\echo Use \"CREATE EXTENSION generated\" to load this file. \\quit\n\n");
    int statements = 0;
    int i = 0;
    while (sb.length() < chars) {
      statements += piece(sb, r, i++);
    }
    return new Script(sb.toString(), statements);
  }

  record Script(String text, int statements) {
    int megabytes() {
      return text.length() / (1024 * 1024);
    }
  }

  private static int piece(StringBuilder sb, Random r, int i) {
    switch (r.nextInt(8)) {
      case 0 -> {
        sb.append("-- table ").append(i).append('\n');
        sb.append("CREATE TABLE @extschema@.items_")
            .append(i)
            .append(" (\n")
            .append("    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n")
            .append("    name text NOT NULL DEFAULT 'unnamed',\n")
            .append("    \"Price\" numeric(10, 2) CHECK (\"Price\" >= 0.00),\n")
            .append("    created timestamptz DEFAULT now()\n);\n");
        sb.append("SELECT pg_catalog.pg_extension_config_dump('@extschema@.items_")
            .append(i)
            .append("', 'WHERE id > 1000');\n");
        return 2;
      }
      case 1, 2 -> {
        sb.append("CREATE OR REPLACE FUNCTION f_")
            .append(i)
            .append("(a integer, b text DEFAULT 'x', VARIADIC c int[] DEFAULT '{}')\n")
            .append("RETURNS TABLE (n integer, s text)\nLANGUAGE plpgsql STABLE STRICT AS $body$\n")
            .append("DECLARE\n  total integer := 0;\nBEGIN\n")
            .append("  /* loop over the input */\n  FOR n IN 1..a LOOP\n")
            .append("    total := total + n * ")
            .append(r.nextInt(1000))
            .append(";\n")
            .append("    IF total > 1e6 THEN RAISE NOTICE 'big: %', total; END IF;\n")
            .append("  END LOOP;\n  RETURN QUERY SELECT total, b || E'\\n';\nEND\n$body$;\n");
        return 1;
      }
      case 3 -> {
        sb.append("CREATE FUNCTION g_")
            .append(i)
            .append("(internal) RETURNS void AS 'MODULE_PATHNAME', 'g_")
            .append(i)
            .append("' LANGUAGE C STRICT PARALLEL SAFE;\n");
        sb.append("COMMENT ON FUNCTION g_")
            .append(i)
            .append("(internal) IS 'Internal helper; don''t call it directly.';\n");
        return 2;
      }
      case 4 -> {
        sb.append("CREATE INDEX items_")
            .append(i)
            .append("_name ON items_")
            .append(i)
            .append(" USING btree (lower(name) text_pattern_ops) WHERE \"Price\" <> 0;\n");
        sb.append("GRANT SELECT, INSERT ON items_").append(i).append(" TO PUBLIC;\n");
        return 2;
      }
      case 5 -> {
        sb.append("CREATE VIEW v_")
            .append(i)
            .append(" AS\n  SELECT id, name::varchar(40) AS label, ")
            .append("0x1F + 0b101 AS bits, $1 IS NULL AS p\n  FROM items_")
            .append(i)
            .append(" WHERE name ~* '^a' AND id = ANY (ARRAY[1, 2, 3]);\n");
        return 1;
      }
      case 6 -> {
        sb.append("DO $do$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood_")
            .append(i)
            .append("') THEN\n    CREATE TYPE mood_")
            .append(i)
            .append(" AS ENUM ('sad', 'ok', 'happy');\n  END IF;\nEND\n$do$;\n");
        return 1;
      }
      default -> {
        sb.append("CREATE FUNCTION h_")
            .append(i)
            .append("(x int) RETURNS int LANGUAGE sql IMMUTABLE\nBEGIN ATOMIC\n")
            .append("  SELECT CASE WHEN x > 0 THEN x ELSE -x END;\nEND;\n");
        sb.append("ALTER FUNCTION h_").append(i).append("(int) OWNER TO @extowner@;\n\n");
        return 2;
      }
    }
  }
}
