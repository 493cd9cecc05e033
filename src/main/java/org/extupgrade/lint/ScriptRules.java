package org.extupgrade.lint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.extupgrade.sql.Token;
import org.extupgrade.sql.TokenKind;

/** Runs every rule over the statements of one script, in order, sharing its search_path state. */
final class ScriptRules {
  /** Statements run while the script runs, whose expressions are read through search_path. */
  private static final Set<String> RUN =
      Set.of("select", "with", "values", "insert", "update", "delete", "call", "merge", "table");

  /** Words that end a DEFAULT expression in a column or domain definition. */
  private static final Set<String> AFTER_DEFAULT =
      Set.of(
          "not",
          "null",
          "constraint",
          "references",
          "check",
          "primary",
          "unique",
          "generated",
          "collate",
          "on",
          "drop",
          "set");

  private ScriptRules() {}

  static void run(List<List<Token>> statements, Context cx) {
    ExpressionScan scan = new ExpressionScan(cx, true);
    Set<String> createdHere = new HashSet<>();
    for (List<Token> ts : statements) {
      try {
        statement(ts, cx, scan, createdHere);
      } catch (IndexOutOfBoundsException e) {
        // a statement cut short (as the parser, which makes it Opaque): nothing more to read
      }
    }
  }

  private static void statement(
      List<Token> ts, Context cx, ExpressionScan scan, Set<String> createdHere) {
    PlaceholderRule.check(ts, cx);
    PrivilegeRules.check(ts, cx);
    Created c = Created.read(ts);
    Token first = ts.get(0);
    if (c != null) {
      CreateRules.check(c, cx, createdHere);
      created(ts, c, cx, scan);
    } else if (scan.setting(ts, 0)) {
      // SET or RESET search_path: the state changed
    } else if (RUN.contains(first.value()) && first.kind() == TokenKind.IDENT) {
      scan.scan(ts, 0, ts.size(), "");
    } else if (first.isWord("do")) {
      doBlock(ts, cx, scan);
    } else if (first.isWord("alter")
        && (Tokens.word(ts, 1, "table") || Tokens.word(ts, 1, "domain"))) {
      int n = Tokens.word(ts, 2, "if") ? 4 : Tokens.word(ts, 2, "only") ? 3 : 2;
      defaultsAndChecks(ts, scan, ts.get(1).value() + " " + Tokens.name(ts, n).text());
    }
  }

  private static void created(List<Token> ts, Created c, Context cx, ExpressionScan scan) {
    String object = c.kind() + " " + c.name().text();
    switch (c.kind()) {
      case "function", "procedure" -> {
        int i = 1;
        while (i < ts.size() && !ts.get(i).isWord("function") && !ts.get(i).isWord("procedure"))
          i++;
        RoutineRules.check(ts, i + 1, cx, scan);
      }
      case "view", "materialized view" -> {
        int as = Tokens.find(ts, c.name().end(), "as");
        if (as > 0) scan.scan(ts, as + 1, ts.size(), object);
      }
      case "table", "domain", "foreign table" -> {
        int as = Tokens.find(ts, c.name().end(), "as");
        if (as > 0 && c.kind().equals("table")) {
          scan.scan(ts, as + 1, ts.size(), object);
        } else {
          scan.exactColumns(Columns.exact(ts, c.name().end()));
          defaultsAndChecks(ts, scan, object);
          scan.exactColumns(Set.of());
        }
      }
      case "policy", "trigger" -> {
        for (int i = 0; i < ts.size(); i++) {
          Token t = ts.get(i);
          if ((t.isWord("using") || t.isWord("check") || t.isWord("when"))
              && Tokens.symbol(ts, i + 1, "(")) {
            int close = Tokens.close(ts, i + 1);
            scan.scanRange(ts, i + 2, close);
            i = close;
          }
        }
        scan.flush(object);
      }
      default -> {}
    }
  }

  /** DEFAULT expressions and CHECK constraints, bound while the script runs. */
  private static void defaultsAndChecks(List<Token> ts, ExpressionScan scan, String object) {
    for (int i = 0; i < ts.size(); i++) {
      Token t = ts.get(i);
      if (t.isWord("check") && Tokens.symbol(ts, i + 1, "(")) {
        int close = Tokens.close(ts, i + 1);
        scan.scanRange(ts, i + 2, close);
        i = close;
      } else if (t.isWord("default")) {
        int depth = 0;
        int j = i + 1;
        for (; j < ts.size(); j++) {
          Token u = ts.get(j);
          if (u.isSymbol("(")) depth++;
          else if (u.isSymbol(")") && --depth < 0) break;
          else if (depth == 0
              && (u.isSymbol(",")
                  || u.kind() == TokenKind.IDENT && AFTER_DEFAULT.contains(u.value()))) break;
        }
        scan.scanRange(ts, i + 1, j);
        i = j - 1;
      }
    }
    scan.flush(object);
  }

  private static void doBlock(List<Token> ts, Context cx, ExpressionScan scan) {
    Token body = null;
    String language = "plpgsql";
    for (int i = 1; i < ts.size(); i++) {
      if (ts.get(i).kind() == TokenKind.STRING && body == null) body = ts.get(i);
      if (ts.get(i).isWord("language") && i + 1 < ts.size()) language = ts.get(i + 1).value();
    }
    if (body == null || !language.equals("plpgsql")) return;
    for (List<Token> s : Body.statements(body)) {
      int k = 0;
      while (Tokens.word(s, k, "begin") || Tokens.word(s, k, "declare")) k++;
      if (k < s.size() && !scan.setting(s, k)) scan.scanRange(s, k, s.size());
      DynamicSqlRule.check(s, cx);
    }
    scan.flush("");
  }
}
