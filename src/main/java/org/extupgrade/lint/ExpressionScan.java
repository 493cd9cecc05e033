package org.extupgrade.lint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.extupgrade.model.FindingKind;
import org.extupgrade.sql.Token;
import org.extupgrade.sql.TokenKind;

/**
 * Reads the expressions a script runs or binds while it runs (queries, DO blocks, view bodies,
 * defaults and checks) and those of SECURITY DEFINER bodies without a safe search_path, and reports
 * each function, operator, implicit {@code =} and relation resolved through an unsafe search_path
 * (pgspot PS001, PS009, PS016, PS017). The path is safe after {@code SET search_path} or {@code
 * set_config('search_path', ...)} to a safe value (see {@link SearchPath}), until {@code RESET}.
 */
final class ExpressionScan {
  /** Words after which {@code name (} is a table, an alias's column list or a cursor, no call. */
  private static final Set<String> NOT_CALLED_AFTER =
      Set.of("into", "references", "table", "cursor", "as", "open");

  private static final Set<String> SPECIAL_FROM =
      Set.of("extract", "substring", "trim", "overlay", "position");

  private final Context cx;
  private final boolean script;
  private boolean secure;
  private final Hits hits = new Hits();
  private Set<String> exactColumns = Set.of();

  /**
   * @param script true for a script's own statements: PostgreSQL runs them with pg_catalog first
   *     and pg_temp last, so a call without arguments and a {@code pg_*} catalog relation cannot be
   *     captured there; false for a routine body, run with its caller's search_path
   */
  ExpressionScan(Context cx, boolean script) {
    this.cx = cx;
    this.script = script;
  }

  /**
   * Columns (of the table being created) whose comparisons with string constants use an exact
   * pg_catalog operator: not reported in script statements. Empty to forget them.
   */
  void exactColumns(Set<String> columns) {
    exactColumns = columns;
  }

  /** {@code col IN ('a', ...)} or {@code col = 'a'} on an exact column, in a script statement. */
  private boolean exactComparison(List<Token> ts, int from, int i) {
    if (!script || i - 1 < from || !exactColumns.contains(ts.get(i - 1).value())) return false;
    if (Tokens.symbol(ts, i - 2, ".")) return false;
    if (ts.get(i).isWord("in")) {
      return Tokens.symbol(ts, i + 1, "(")
          && Columns.onlyStrings(ts, i + 2, Tokens.close(ts, i + 1));
    }
    return Tokens.kind(ts, i + 1, TokenKind.STRING) && !Tokens.symbol(ts, i + 2, "::");
  }

  /**
   * Handles {@code SET search_path} and {@code RESET search_path} at {@code i}; true if the tokens
   * were one of those.
   */
  boolean setting(List<Token> ts, int i) {
    int j = i + 1;
    if (Tokens.word(ts, i, "reset") && Tokens.word(ts, j, "search_path")) {
      secure = false;
      return true;
    }
    if (!Tokens.word(ts, i, "set")) return false;
    if (Tokens.word(ts, j, "local") || Tokens.word(ts, j, "session")) j++;
    if (!Tokens.word(ts, j, "search_path")) return false;
    j++;
    if (Tokens.word(ts, j, "to") || Tokens.symbol(ts, j, "=")) j++;
    SearchPath p = SearchPath.of(ts, j);
    if (p.misquoted()) quotedList(ts.get(i), p);
    secure = p.unsafe(cx.ownSchemas()).isEmpty();
    return true;
  }

  void quotedList(Token at, SearchPath p) {
    cx.add(
        FindingKind.SEARCH_PATH_QUOTED_LIST,
        at,
        "",
        "search_path is set to one quoted string '"
            + p.schemas().get(0)
            + "': that is a single schema of that name, and pg_temp is searched first",
        "write the schemas unquoted: search_path = pg_catalog, pg_temp");
  }

  /**
   * Scans tokens {@code [from, to)} of one statement and reports each rule's hits there as one
   * finding about {@code owner} (the object whose definition it is, or empty).
   */
  void scan(List<Token> ts, int from, int to, String owner) {
    scanRange(ts, from, to);
    flush(owner);
  }

  /** Scans {@code [from, to)} and keeps its hits for the next {@link #flush}. */
  void scanRange(List<Token> ts, int from, int to) {
    Set<String> ctes = ctes(ts, from, to);
    boolean update = false;
    boolean raise = Tokens.word(ts, from, "raise") || Tokens.word(ts, from, "get");
    boolean cursorStatement =
        Tokens.word(ts, from, "fetch")
            || Tokens.word(ts, from, "move")
            || Tokens.word(ts, from, "open");
    for (int i = from; i < to; i++) {
      Token t = ts.get(i);
      if (t.isWord("update")) update = true;
      if (t.isWord("operator") && Tokens.symbol(ts, i + 1, "(")) {
        i = Tokens.close(ts, i + 1);
        continue;
      }
      if (t.kind() == TokenKind.OPERATOR) {
        if (!raise
            && !ignoredOperator(ts, from, i, update)
            && !(t.text().equals("=") && exactComparison(ts, from, i))) {
          report(FindingKind.UNQUALIFIED_OPERATOR, t, t.text());
        }
        continue;
      }
      if (t.kind() != TokenKind.IDENT && t.kind() != TokenKind.QUOTED_IDENT) continue;
      boolean keyword = t.kind() == TokenKind.IDENT && Keywords.ALL.contains(t.value());
      if (Tokens.symbol(ts, i + 1, "(") && !keyword) {
        if (!Tokens.symbol(ts, i - 1, ".")
            && !Tokens.symbol(ts, i - 1, "::")
            && !(i > from && NOT_CALLED_AFTER.contains(ts.get(i - 1).value()))
            && !ctes.contains(t.value())
            && !(script && (Tokens.symbol(ts, i + 2, ")") || Tokens.symbol(ts, i + 2, "*")))) {
          report(FindingKind.UNQUALIFIED_FUNCTION_CALL, t, t.value() + "()");
        }
        if (t.value().equals("set_config")) setConfig(ts, i + 2);
        continue;
      }
      implicit(ts, from, i, t);
      if (relationWord(ts, from, i, t, cursorStatement)) {
        int j = i + 1;
        if (Tokens.word(ts, j, "only") || Tokens.word(ts, j, "table")) j++;
        Tokens.Name n = Tokens.name(ts, j);
        if (!n.parts().isEmpty()
            && !n.qualified()
            && !Tokens.symbol(ts, n.end(), "(")
            && !(ts.get(j).kind() == TokenKind.IDENT && Keywords.ALL.contains(n.last()))
            && !ctes.contains(n.last())
            && !(script && n.last().startsWith("pg_"))) {
          report(FindingKind.UNQUALIFIED_RELATION, ts.get(j), n.last());
        }
      }
    }
  }

  private void implicit(List<Token> ts, int from, int i, Token t) {
    String what = null;
    if (t.isWord("case") && !Tokens.word(ts, i - 1, "end") && !Tokens.word(ts, i + 1, "when")) {
      what = "simple CASE";
    } else if (t.isWord("in")
        && Tokens.symbol(ts, i + 1, "(")
        && !forLoop(ts, from, i)
        && !exactComparison(ts, from, i)) {
      what = "IN (...)";
    } else if (t.isWord("nullif") && Tokens.symbol(ts, i + 1, "(")) {
      what = "NULLIF";
    } else if (t.isWord("distinct")
        && Tokens.word(ts, i + 1, "from")
        && (Tokens.word(ts, i - 1, "is") || Tokens.word(ts, i - 2, "is"))) {
      what = "IS DISTINCT FROM";
    }
    if (what != null) report(FindingKind.IMPLICIT_OPERATOR, t, what);
  }

  private static boolean forLoop(List<Token> ts, int from, int i) {
    for (int j = Math.max(from, i - 4); j < i; j++) {
      if (Tokens.word(ts, j, "for") || Tokens.word(ts, j, "foreach")) return true;
    }
    return false;
  }

  private static boolean relationWord(
      List<Token> ts, int from, int i, Token t, boolean cursorStatement) {
    if (t.isWord("from")) {
      if (cursorStatement || Tokens.word(ts, i - 1, "distinct")) return false;
      return !insideSpecial(ts, from, i);
    }
    if (t.isWord("join")) return true;
    if (t.isWord("update")) {
      return !Tokens.word(ts, i - 1, "for")
          && !Tokens.word(ts, i - 1, "do")
          && !Tokens.word(ts, i - 1, "no");
    }
    if (t.isWord("into")) return Tokens.word(ts, i - 1, "insert");
    return t.isWord("truncate") || t.isWord("lock") && i == from;
  }

  /** True if {@code i} is inside the parentheses of EXTRACT, SUBSTRING, TRIM... */
  private static boolean insideSpecial(List<Token> ts, int from, int i) {
    int depth = 0;
    for (int j = i - 1; j >= from; j--) {
      if (Tokens.symbol(ts, j, ")")) depth++;
      else if (Tokens.symbol(ts, j, "(")) {
        if (depth == 0) {
          return j > from && SPECIAL_FROM.contains(ts.get(j - 1).value());
        }
        depth--;
      }
    }
    return false;
  }

  private static boolean ignoredOperator(List<Token> ts, int from, int i, boolean update) {
    Token t = ts.get(i);
    String op = t.text();
    if (op.equals(":=") || op.equals("=>")) return true;
    Token prev = i > from ? ts.get(i - 1) : null;
    if (op.equals("*")) {
      return prev == null
          || prev.isSymbol("(")
          || prev.isSymbol(",")
          || prev.isSymbol(".")
          || prev.isWord("select")
          || prev.isWord("distinct")
          || prev.isWord("returning");
    }
    if (op.equals("%") && (Tokens.word(ts, i + 1, "type") || Tokens.word(ts, i + 1, "rowtype"))) {
      return true;
    }
    if (op.equals("<<") && Tokens.symbol(ts, i + 2, ">>")) return true;
    if (op.equals(">>") && Tokens.symbol(ts, i - 2, "<<")) return true;
    if ((op.equals("-") || op.equals("+"))
        && Tokens.kind(ts, i + 1, TokenKind.NUMBER)
        && (prev == null
            || prev.kind() == TokenKind.OPERATOR
            || prev.isSymbol("(")
            || prev.isSymbol(",")
            || prev.kind() == TokenKind.IDENT && Keywords.ALL.contains(prev.value()))) {
      return true; // a negative constant
    }
    if (op.equals("=") && prev != null && Tokens.namePart(ts, i - 1)) {
      // plpgsql assignment "x = ...", UPDATE ... SET a = ..., b = ...
      int k = i - 2;
      while (Tokens.symbol(ts, k, ".") && Tokens.namePart(ts, k - 1)) k -= 2;
      if (k < from || Tokens.word(ts, k, "set") && update || Tokens.symbol(ts, k, ",") && update) {
        return true;
      }
    }
    return false;
  }

  /** {@code set_config('search_path', 'a, b', ...)} with {@code i} at its first argument. */
  private void setConfig(List<Token> ts, int i) {
    if (Tokens.kind(ts, i, TokenKind.STRING)
        && ts.get(i).value().equals("search_path")
        && Tokens.symbol(ts, i + 1, ",")
        && Tokens.kind(ts, i + 2, TokenKind.STRING)) {
      secure = SearchPath.ofString(ts.get(i + 2).value()).unsafe(cx.ownSchemas()).isEmpty();
    }
  }

  /** Names defined by WITH in the range: {@code name AS (}, {@code name (cols) AS (}. */
  private static Set<String> ctes(List<Token> ts, int from, int to) {
    Set<String> out = new HashSet<>();
    for (int i = from; i < to; i++) {
      if (!Tokens.namePart(ts, i) || Tokens.symbol(ts, i - 1, ".")) continue;
      int j = i + 1;
      if (Tokens.symbol(ts, j, "(")) j = Tokens.close(ts, j) + 1;
      if (Tokens.word(ts, j, "as")
          && (Tokens.symbol(ts, j + 1, "(")
              || Tokens.word(ts, j + 1, "materialized")
              || Tokens.word(ts, j + 1, "not"))) {
        out.add(ts.get(i).value());
      }
    }
    return out;
  }

  private void report(FindingKind kind, Token at, String name) {
    if (!secure) hits.add(kind, at, name);
  }

  /**
   * The hits kept so far, as words ({@code lower(), operator *, IN (...), relation t}), and forgets
   * them instead of reporting them.
   */
  String drain() {
    return hits.drain();
  }

  /** Reports the hits kept so far, one finding per rule, about {@code owner}. */
  void flush(String owner) {
    hits.flush(cx, owner);
  }
}
