package org.extupgrade.sql;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The known part of dynamic SQL in a DO block: the template of {@code format('...', a, b)} or the
 * literals of {@code '...' || x || '...'}, with {@code %} for each part built at run time (or the
 * known prefix of a variable, {@code changes_%}). Lets the check tell which objects dynamic SQL may
 * touch.
 */
final class SqlSketch {
  private final Map<String, String> vars;

  SqlSketch(Map<String, String> vars) {
    this.vars = vars;
  }

  /** The sketch of an EXECUTE expression, lower case; empty when it holds no literal SQL. */
  String of(List<Token> e) {
    for (int i = 0; i + 2 < e.size(); i++) {
      if (e.get(i).isWord("format")
          && e.get(i + 1).text().equals("(")
          && e.get(i + 2).kind() == TokenKind.STRING) {
        int depth = 0;
        int j = i + 1;
        for (; j < e.size(); j++) {
          if (ParserCursor.isOpen(e.get(j))) depth++;
          else if (ParserCursor.isClose(e.get(j)) && --depth == 0) break;
        }
        List<List<Token>> args = ParserCursor.splitCommas(e.subList(i + 2, Math.min(j, e.size())));
        return format(args.get(0).get(0).value(), args.subList(1, args.size()));
      }
    }
    String concat = operand(e, vars);
    return concat.equals("%") ? "" : concat.toLowerCase(Locale.ROOT);
  }

  private String format(String template, List<List<Token>> args) {
    String out =
        ParserPlpgsql.expandFormat(
            template, (spec, n) -> n < args.size() ? operand(args.get(n), vars) : "%");
    return out == null ? "" : out.toLowerCase(Locale.ROOT);
  }

  /**
   * What an operand is known to be: a literal's value, a known variable's sketch, the known prefix
   * of a concatenation, else {@code %}.
   */
  static String operand(List<Token> ts, Map<String, String> vars) {
    StringBuilder b = new StringBuilder();
    boolean open = false;
    for (List<Token> part : splitConcat(ts)) {
      if (part.size() == 1 && part.get(0).kind() == TokenKind.STRING) {
        b.append(part.get(0).value());
        open = false;
      } else if (part.size() == 1
          && part.get(0).kind() == TokenKind.IDENT
          && vars.containsKey(part.get(0).value())) {
        b.append(vars.get(part.get(0).value()));
        open = false;
      } else if (!open) {
        b.append('%');
        open = true;
      }
    }
    return b.length() == 0 ? "%" : b.toString();
  }

  private static List<List<Token>> splitConcat(List<Token> ts) {
    List<List<Token>> out = new java.util.ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < ts.size(); i++) {
      Token t = ts.get(i);
      if (ParserCursor.isOpen(t)) depth++;
      else if (ParserCursor.isClose(t)) depth--;
      else if (depth == 0 && t.kind() == TokenKind.OPERATOR && t.text().equals("||")) {
        out.add(ts.subList(from, i));
        from = i + 1;
      }
    }
    out.add(ts.subList(from, ts.size()));
    return out;
  }
}
