package org.extupgrade.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.extupgrade.model.FindingKind;
import org.extupgrade.sql.Token;
import org.extupgrade.sql.TokenKind;

/**
 * {@code EXECUTE} of SQL built from values without quoting them: concatenation ({@code ||}) of a
 * variable or an expression that is not wrapped in {@code quote_ident}, {@code quote_literal},
 * {@code quote_nullable} or {@code format('%I' / '%L')}, or {@code format} with {@code %s} of such
 * a value. Not in pgspot; PostgreSQL's docs on dynamic SQL (PL/pgSQL, "Executing Dynamic Commands")
 * name the same quoting functions.
 */
final class DynamicSqlRule {
  private static final Set<String> QUOTING =
      Set.of("quote_ident", "quote_literal", "quote_nullable", "format");
  private static final Set<String> REG_TYPES =
      Set.of(
          "regclass",
          "regtype",
          "regproc",
          "regprocedure",
          "regoper",
          "regoperator",
          "regnamespace",
          "regrole",
          "regconfig",
          "regdictionary",
          "regcollation",
          "int",
          "integer",
          "bigint",
          "int4",
          "int8",
          "smallint",
          "oid",
          "boolean",
          "bool");

  private DynamicSqlRule() {}

  /** Checks one PL/pgSQL statement's tokens. */
  static void check(List<Token> ts, Context cx) {
    for (int i = 0; i < ts.size(); i++) {
      if (!ts.get(i).isWord("execute") || Tokens.symbol(ts, i - 1, ".")) continue;
      int end = i + 1;
      int depth = 0;
      for (; end < ts.size(); end++) {
        Token t = ts.get(end);
        if (t.isSymbol("(")) depth++;
        else if (t.isSymbol(")")) depth--;
        else if (depth == 0 && (t.isWord("into") || t.isWord("using") || t.isWord("loop"))) break;
      }
      String why = unsafe(ts, i + 1, end);
      if (!why.isEmpty()) {
        cx.add(
            FindingKind.DYNAMIC_SQL_CONCATENATION,
            ts.get(i),
            "",
            "EXECUTE runs SQL built from " + why + " without quoting it",
            "build it with format('... %I ... %L ...', name, value) or quote_ident()/quote_literal(),"
                + " or pass values with EXECUTE ... USING");
      }
    }
  }

  /** What in {@code [from, to)} is spliced in unquoted, or empty. */
  private static String unsafe(List<Token> ts, int from, int to) {
    List<int[]> parts = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int j = from; j < to; j++) {
      Token t = ts.get(j);
      if (t.isSymbol("(")) depth++;
      else if (t.isSymbol(")")) depth--;
      else if (depth == 0 && t.isSymbol("||")) {
        parts.add(new int[] {start, j});
        start = j + 1;
      }
    }
    parts.add(new int[] {start, to});
    boolean concatenated = parts.size() > 1;
    for (int[] p : parts) {
      if (p[0] >= p[1]) continue;
      Token first = ts.get(p[0]);
      int call = Tokens.name(ts, p[0]).end();
      String fn = Tokens.name(ts, p[0]).parts().isEmpty() ? "" : Tokens.name(ts, p[0]).last();
      if (fn.equals("format") && Tokens.symbol(ts, call, "(")) {
        if (Tokens.kind(ts, call + 1, TokenKind.STRING)
            && ts.get(call + 1).value().contains("%s")
            && !Tokens.symbol(ts, call + 2, ")")) {
          return "format('%s') of a value";
        }
        continue;
      }
      if (!concatenated) continue;
      if (QUOTING.contains(fn) && Tokens.symbol(ts, call, "(")) continue;
      if (safeConstant(ts, p[0], p[1])) continue;
      if (Tokens.symbol(ts, p[1] - 2, "::") && REG_TYPES.contains(ts.get(p[1] - 1).value()))
        continue;
      return first.kind() == TokenKind.IDENT ? first.value() : "an expression";
    }
    return "";
  }

  private static boolean safeConstant(List<Token> ts, int from, int to) {
    for (int j = from; j < to; j++) {
      TokenKind k = ts.get(j).kind();
      if (k != TokenKind.STRING && k != TokenKind.NUMBER && k != TokenKind.PLACEHOLDER) {
        return false;
      }
    }
    return true;
  }
}
