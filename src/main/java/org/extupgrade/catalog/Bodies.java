package org.extupgrade.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.extupgrade.sql.Lexer;
import org.extupgrade.sql.SqlSyntaxError;
import org.extupgrade.sql.Token;
import org.jspecify.annotations.Nullable;

/**
 * Whether two stored function bodies ({@code prosrc}) can behave differently. A SQL or PL/pgSQL
 * body is read as PostgreSQL's scanner reads it: white space, line breaks, indentation, the case of
 * key words, the quoting of a string constant and a final semicolon are layout; comments are layout
 * too but worth a note. Other languages are compared as written, except for white space at the ends
 * of lines and of the whole body: indentation is code in Python.
 */
final class Bodies {
  /** The languages whose bodies PostgreSQL's own scanner tokenizes. */
  private static final Set<String> SCANNED = Set.of("sql", "plpgsql");

  private static final Path BODY = Path.of("body");

  private Bodies() {}

  /** How two bodies differ. */
  enum Verdict {
    /** Equal but for layout: no finding. */
    SAME,
    /** The same code with different comments. */
    COMMENTS,
    /** Different code. */
    DIFFERENT
  }

  static Verdict compare(@Nullable String language, String a, String b) {
    if (a.equals(b)) {
      return Verdict.SAME;
    }
    if (language == null || !SCANNED.contains(language)) {
      return trimLines(a).equals(trimLines(b)) ? Verdict.SAME : Verdict.DIFFERENT;
    }
    List<Token> ta;
    List<Token> tb;
    try {
      ta = Lexer.lex(BODY, a);
      tb = Lexer.lex(BODY, b);
    } catch (SqlSyntaxError e) {
      return Verdict.DIFFERENT; // not SQL the scanner reads: compare as written
    }
    if (!code(ta).equals(code(tb))) {
      return Verdict.DIFFERENT;
    }
    // sql.Bodies.comments is empty for a text the scanner rewrote (\echo lines): then only the
    // code is compared, as above.
    return org.extupgrade.sql.Bodies.comments(a).equals(org.extupgrade.sql.Bodies.comments(b))
        ? Verdict.SAME
        : Verdict.COMMENTS;
  }

  /** What each token means, final semicolons left out. */
  private static List<String> code(List<Token> tokens) {
    int n = tokens.size();
    while (n > 0 && tokens.get(n - 1).isSymbol(";")) {
      n--;
    }
    List<String> out = new ArrayList<>(n);
    for (Token t : tokens.subList(0, n)) {
      out.add(t.kind() + " " + t.value());
    }
    return out;
  }

  /** The body without white space at the end of each line or around the whole. */
  private static String trimLines(String body) {
    return body.strip().lines().map(String::stripTrailing).toList().toString();
  }
}
