package org.extupgrade.check;

import java.util.ArrayList;
import java.util.List;
import org.extupgrade.sql.Bodies;
import org.extupgrade.sql.stmt.RoutineDef;
import org.jspecify.annotations.Nullable;

/**
 * Compares two routine bodies as users feel them. C and internal functions: the library (probin)
 * and the symbol (prosrc) verbatim, as PostgreSQL stores them ({@code $libdir/x} and {@code x} load
 * the same file but are other text in the catalog). Other languages: the token stream, so that
 * layout is no difference, a schema qualifier is one, and comments only are reported apart (info).
 */
final class RoutineBodies {
  private RoutineBodies() {}

  /**
   * @param parts the differing parts ({@code library}, {@code symbol}, {@code body}), empty if none
   * @param detail lines for the finding's detail
   * @param commentsDiffer true when the bodies differ only in their comments
   */
  record Diff(List<String> parts, String detail, boolean commentsDiffer) {}

  static Diff compare(RoutineDef a, RoutineDef b, @Nullable String extschema) {
    if (a.body().equals(b.body())) return new Diff(List.of(), "", false);
    List<String> parts = new ArrayList<>();
    StringBuilder detail = new StringBuilder();
    String lang = b.language();
    if (lang.equals("c") || lang.equals("internal")) {
      String[] x = a.body().split("\\|", 2);
      String[] y = b.body().split("\\|", 2);
      if (lang.equals("c") && !x[0].equals(y[0])) {
        parts.add("library");
        detail.append("- library: ").append(x[0]).append("\n+ library: ").append(y[0]).append('\n');
      }
      String sa = x.length > 1 ? x[1] : x[0];
      String sb = y.length > 1 ? y[1] : y[0];
      if (!sa.equals(sb)) {
        parts.add("symbol");
        detail.append("- symbol: ").append(sa).append("\n+ symbol: ").append(sb).append('\n');
      }
      return new Diff(parts, detail.toString(), false);
    }
    String ta = Bodies.tokens(a.body(), extschema);
    String tb = Bodies.tokens(b.body(), extschema);
    if (lang.equals("plpgsql")) {
      // PL/pgSQL's grammar takes an optional semicolon after the block's final END
      ta = withoutFinalSemicolon(ta);
      tb = withoutFinalSemicolon(tb);
    }
    if (!ta.equals(tb)) {
      int i = 0;
      while (i < ta.length() && i < tb.length() && ta.charAt(i) == tb.charAt(i)) i++;
      int from = Math.max(0, ta.lastIndexOf(' ', Math.max(0, i - 30)));
      return new Diff(
          List.of("body"),
          "  body differs at:\n- ..." + snippet(ta, from) + "\n+ ..." + snippet(tb, from) + "\n",
          false);
    }
    return new Diff(List.of(), "", !Bodies.comments(a.body()).equals(Bodies.comments(b.body())));
  }

  private static String withoutFinalSemicolon(String tokens) {
    return tokens.endsWith(" ;") ? tokens.substring(0, tokens.length() - 2) : tokens;
  }

  private static String snippet(String s, int from) {
    String t = s.substring(Math.min(from, s.length())).strip();
    return t.length() > 80 ? t.substring(0, 80) + "..." : t;
  }
}
