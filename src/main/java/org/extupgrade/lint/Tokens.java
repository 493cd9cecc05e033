package org.extupgrade.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.extupgrade.sql.Token;
import org.extupgrade.sql.TokenKind;

/** Small reads over a statement's tokens, shared by the rules. */
final class Tokens {
  private Tokens() {}

  /**
   * Key words that may stand before {@code (} without being a function call, and words that are
   * never a relation name after FROM or JOIN: PostgreSQL's reserved and column-name key words,
   * PL/pgSQL's statement words, and type names that take a modifier.
   */
  static final Set<String> KEYWORDS =
      Set.of(
          "all",
          "and",
          "any",
          "array",
          "as",
          "asc",
          "between",
          "bigint",
          "bit",
          "boolean",
          "both",
          "by",
          "case",
          "cast",
          "char",
          "character",
          "check",
          "coalesce",
          "collate",
          "column",
          "constraint",
          "create",
          "cross",
          "current",
          "dec",
          "decimal",
          "default",
          "desc",
          "distinct",
          "do",
          "else",
          "elsif",
          "end",
          "except",
          "exception",
          "exists",
          "extract",
          "fetch",
          "filter",
          "float",
          "for",
          "foreach",
          "from",
          "full",
          "greatest",
          "group",
          "grouping",
          "having",
          "if",
          "ilike",
          "in",
          "inner",
          "insert",
          "int",
          "integer",
          "intersect",
          "interval",
          "into",
          "is",
          "join",
          "lateral",
          "leading",
          "least",
          "like",
          "limit",
          "loop",
          "national",
          "natural",
          "nchar",
          "not",
          "null",
          "nullif",
          "numeric",
          "of",
          "offset",
          "on",
          "only",
          "or",
          "order",
          "out",
          "outer",
          "over",
          "overlay",
          "partition",
          "perform",
          "position",
          "precision",
          "primary",
          "query",
          "raise",
          "real",
          "references",
          "return",
          "returning",
          "row",
          "rows",
          "select",
          "set",
          "setof",
          "similar",
          "smallint",
          "some",
          "substring",
          "table",
          "then",
          "time",
          "timestamp",
          "trailing",
          "treat",
          "trim",
          "union",
          "unique",
          "update",
          "using",
          "values",
          "varchar",
          "variadic",
          "varying",
          "when",
          "where",
          "while",
          "window",
          "with",
          "within",
          "xmlattributes",
          "xmlconcat",
          "xmlelement",
          "xmlexists",
          "xmlforest",
          "xmlparse",
          "xmlpi",
          "xmlroot",
          "xmlserialize",
          "xmltable",
          "begin",
          "declare",
          "execute",
          "strict",
          "elseif",
          "continue",
          "exit",
          "next",
          "assert",
          "get",
          "open",
          "close",
          "move",
          "call",
          "delete",
          "lock",
          "truncate",
          "merge",
          "matched",
          "nothing",
          "conflict",
          "returns",
          "language",
          "immutable",
          "stable",
          "volatile",
          "key",
          "normalize",
          "json",
          "json_object",
          "json_array",
          "json_scalar",
          "json_serialize",
          "json_query",
          "json_value",
          "json_exists",
          "json_table",
          "json_objectagg",
          "json_arrayagg",
          "merge_action",
          "collation",
          "tablesample",
          "repeatable",
          "alias",
          "constant",
          "diagnostics",
          "stacked",
          "reverse",
          "slice",
          "cursor");

  static boolean word(List<Token> ts, int i, String w) {
    return i >= 0 && i < ts.size() && ts.get(i).isWord(w);
  }

  static boolean symbol(List<Token> ts, int i, String s) {
    return i >= 0 && i < ts.size() && ts.get(i).isSymbol(s);
  }

  static boolean kind(List<Token> ts, int i, TokenKind k) {
    return i >= 0 && i < ts.size() && ts.get(i).kind() == k;
  }

  /** An identifier, quoted or not, or a placeholder such as {@code @extschema@}. */
  static boolean namePart(List<Token> ts, int i) {
    return kind(ts, i, TokenKind.IDENT)
        || kind(ts, i, TokenKind.QUOTED_IDENT)
        || kind(ts, i, TokenKind.PLACEHOLDER);
  }

  /** A dotted name starting at {@code i}: its parts (values) and the index after it. */
  record Name(List<String> parts, int end) {
    boolean qualified() {
      return parts.size() > 1;
    }

    String last() {
      return parts.get(parts.size() - 1);
    }

    String schema() {
      return parts.size() > 1 ? parts.get(parts.size() - 2) : "";
    }

    String text() {
      return String.join(".", parts);
    }
  }

  /** The dotted name at {@code i}, or an empty name ending at {@code i} if none stands there. */
  static Name name(List<Token> ts, int i) {
    List<String> parts = new ArrayList<>();
    int j = i;
    while (namePart(ts, j)) {
      Token t = ts.get(j);
      parts.add(t.kind() == TokenKind.PLACEHOLDER ? "@" + t.value() + "@" : t.value());
      j++;
      if (symbol(ts, j, ".") && namePart(ts, j + 1)) j++;
      else break;
    }
    return new Name(parts, j);
  }

  /** The index of the {@code )} matching the {@code (} at {@code i}, or the last index. */
  static int close(List<Token> ts, int i) {
    int depth = 0;
    for (int j = i; j < ts.size(); j++) {
      if (symbol(ts, j, "(")) depth++;
      else if (symbol(ts, j, ")") && --depth == 0) return j;
    }
    return ts.size() - 1;
  }

  /** The index of the first of {@code words} at paren depth 0 from {@code i}, or -1. */
  static int find(List<Token> ts, int i, String... words) {
    int depth = 0;
    for (int j = i; j < ts.size(); j++) {
      if (symbol(ts, j, "(")) depth++;
      else if (symbol(ts, j, ")")) depth--;
      else if (depth == 0) for (String w : words) if (ts.get(j).isWord(w)) return j;
    }
    return -1;
  }

  /** Tokens {@code [from, to)} as SQL text, one space between tokens but around punctuation. */
  static String text(List<Token> ts, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to && i < ts.size(); i++) {
      Token t = ts.get(i);
      boolean tight =
          t.isSymbol(",")
              || t.isSymbol(".")
              || t.isSymbol(")")
              || symbol(ts, i - 1, ".")
              || symbol(ts, i - 1, "(");
      if (i > from && !tight) b.append(' ');
      b.append(t.text());
    }
    return b.toString();
  }
}
