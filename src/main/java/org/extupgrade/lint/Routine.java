package org.extupgrade.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.extupgrade.sql.Token;
import org.extupgrade.sql.TokenKind;
import org.jspecify.annotations.Nullable;

/**
 * The parts of {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE} or {@code ALTER FUNCTION|PROCEDURE}
 * the lint reads.
 *
 * @param name the routine's dotted name as written
 * @param nameAt the token the name starts at
 * @param language the language, lower case ({@code sql} when not written, as for BEGIN ATOMIC)
 * @param securityDefiner {@code SECURITY DEFINER} is written
 * @param searchPath the {@code SET search_path} clause, or null when there is none
 * @param setAt where that clause starts, or null
 * @param body the body string ({@code AS '...'} or {@code AS $$...$$}), or null (C functions keep
 *     their link symbol there, BEGIN ATOMIC bodies have none)
 * @param defaults the token ranges of argument {@code DEFAULT} expressions, [from, to)
 * @param standardBody where a SQL-standard body ({@code BEGIN ATOMIC ... END} or {@code RETURN
 *     expr}) starts, or -1: its names are bound when the script runs, not when the routine does
 */
record Routine(
    Tokens.Name name,
    Token nameAt,
    String language,
    boolean securityDefiner,
    @Nullable SearchPath searchPath,
    @Nullable Token setAt,
    @Nullable Token body,
    List<int[]> defaults,
    int standardBody) {

  /** The routine in {@code ts}, whose name starts at {@code i} (a valid index). */
  static Routine read(List<Token> ts, int i) {
    Tokens.Name name = Tokens.name(ts, i);
    List<int[]> defaults = new ArrayList<>();
    int j = name.end();
    if (Tokens.symbol(ts, j, "(")) {
      int close = Tokens.close(ts, j);
      defaults(ts, j + 1, close, defaults);
      j = close + 1;
    }
    String language = "sql";
    boolean definer = false;
    SearchPath path = null;
    Token setAt = null;
    Token body = null;
    int standard = -1;
    int depth = 0;
    for (; j < ts.size(); j++) {
      Token t = ts.get(j);
      if (t.isSymbol("(")) depth++;
      else if (t.isSymbol(")")) depth--;
      if (depth != 0) continue;
      if (t.isWord("begin") && Tokens.word(ts, j + 1, "atomic") || t.isWord("return")) {
        standard = t.isWord("return") ? j + 1 : j + 2;
        break;
      }
      if (t.isWord("language") && j + 1 < ts.size()) {
        language = ts.get(j + 1).value().toLowerCase(Locale.ROOT);
      } else if (t.isWord("security") && Tokens.word(ts, j + 1, "definer")) {
        definer = true;
      } else if (t.isWord("set") && Tokens.word(ts, j + 1, "search_path")) {
        setAt = t;
        int v = Tokens.word(ts, j + 2, "to") || Tokens.symbol(ts, j + 2, "=") ? j + 3 : j + 2;
        path = SearchPath.of(ts, v);
      } else if (t.isWord("as")
          && j + 1 < ts.size()
          && ts.get(j + 1).kind() == TokenKind.STRING
          && body == null) {
        body = ts.get(j + 1);
      }
    }
    return new Routine(name, ts.get(i), language, definer, path, setAt, body, defaults, standard);
  }

  /** Records each {@code DEFAULT expr} or {@code = expr} of the argument list (from, to). */
  private static void defaults(List<Token> ts, int from, int to, List<int[]> out) {
    int depth = 0;
    int start = -1;
    for (int j = from; j < to; j++) {
      Token t = ts.get(j);
      if (t.isSymbol("(")) depth++;
      else if (t.isSymbol(")")) depth--;
      else if (depth == 0 && (t.isWord("default") || t.isSymbol("="))) start = j + 1;
      else if (depth == 0 && t.isSymbol(",") && start >= 0) {
        out.add(new int[] {start, j});
        start = -1;
      }
    }
    if (start >= 0) out.add(new int[] {start, to});
  }

  /** True for languages whose body names objects resolved at run time through search_path. */
  boolean readable() {
    return language.equals("sql") || language.equals("plpgsql");
  }
}
