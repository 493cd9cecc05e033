package org.extupgrade.lint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.extupgrade.sql.Token;
import org.extupgrade.sql.TokenKind;

/**
 * The columns of a {@code CREATE TABLE} whose type has an {@code =} of its own in pg_catalog, so
 * that {@code col IN ('a', 'b')} and {@code col = 'a'} compare with that exact operator: string
 * constants take the column's type, and a script searches pg_catalog first, where nothing can match
 * better (checked on PostgreSQL 15: a user's {@code =(text, text)} is not chosen).
 */
final class Columns {
  /** Built-in types with an {@code =} taking that type on both sides. */
  private static final Set<String> EXACT =
      Set.of(
          "text",
          "integer",
          "int",
          "int4",
          "bigint",
          "int8",
          "smallint",
          "int2",
          "boolean",
          "bool",
          "numeric",
          "oid",
          "uuid",
          "date",
          "timestamptz",
          "timestamp",
          "name",
          "jsonb",
          "bytea",
          "inet",
          "interval",
          "real",
          "float4",
          "float8");

  private Columns() {}

  /** Exact-typed columns in the column list that starts at or after {@code i}. */
  static Set<String> exact(List<Token> ts, int i) {
    Set<String> out = new HashSet<>();
    if (!Tokens.symbol(ts, i, "(")) return out;
    int close = Tokens.close(ts, i);
    int start = i + 1;
    int depth = 0;
    for (int j = i + 1; j <= close; j++) {
      if (Tokens.symbol(ts, j, "(")) depth++;
      else if (Tokens.symbol(ts, j, ")") && j != close) depth--;
      else if (depth == 0 && (Tokens.symbol(ts, j, ",") || j == close)) {
        if (Tokens.kind(ts, start, TokenKind.IDENT)
            || Tokens.kind(ts, start, TokenKind.QUOTED_IDENT)) {
          int type =
              Tokens.word(ts, start + 1, "pg_catalog") && Tokens.symbol(ts, start + 2, ".")
                  ? start + 3
                  : start + 1;
          if (Tokens.kind(ts, type, TokenKind.IDENT)
              && EXACT.contains(ts.get(type).value())
              && !Tokens.symbol(ts, type + 1, "[")) {
            out.add(ts.get(start).value());
          }
        }
        start = j + 1;
      }
    }
    return out;
  }

  /** True if {@code [from, to)} holds only string constants and commas. */
  static boolean onlyStrings(List<Token> ts, int from, int to) {
    if (from >= to) return false;
    for (int j = from; j < to; j++) {
      Token t = ts.get(j);
      if (t.kind() != TokenKind.STRING && !t.isSymbol(",")) return false;
    }
    return true;
  }
}
