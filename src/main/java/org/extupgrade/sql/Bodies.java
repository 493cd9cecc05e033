package org.extupgrade.sql;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;

/**
 * A routine body (prosrc) split into what runs and what does not. PostgreSQL keeps prosrc verbatim,
 * so any change of text is a change in the catalog; for users only the token stream matters:
 * layout never changes behaviour, comments never do, a schema qualifier does ({@code
 * @extschema@.f()} is bound to one schema, {@code f()} is looked up in the caller's search_path).
 */
public final class Bodies {
  private Bodies() {}

  /**
   * The tokens of a body, one space apart, identifiers folded, {@code @extschema@} replaced with
   * the schema name as PostgreSQL substitutes it (kept as written when unknown); the body with runs
   * of whitespace collapsed when it does not lex.
   */
  public static String tokens(String body, @Nullable String extschema) {
    List<Token> ts = lex(body);
    if (ts == null) return body.strip().replaceAll("\\s+", " ");
    StringBuilder b = new StringBuilder();
    for (Token t : ts) {
      if (b.length() > 0) b.append(' ');
      if (t.kind() == TokenKind.PLACEHOLDER && t.value().equals("extschema") && extschema != null)
        b.append(ObjectId.quote(extschema));
      else b.append(ParserNames.tokenText(t));
    }
    return b.toString();
  }

  /**
   * The comments of a body, in order, whitespace collapsed: what lies between its tokens besides
   * whitespace. Empty when the body does not lex.
   */
  public static String comments(String body) {
    List<Token> ts = lex(body);
    if (ts == null) return "";
    List<Integer> lineStarts = new ArrayList<>();
    lineStarts.add(0);
    for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lineStarts.add(i + 1);
    StringBuilder out = new StringBuilder();
    int pos = 0;
    for (Token t : ts) {
      int start = offset(body, lineStarts, t);
      if (start < pos || !body.startsWith(t.text(), start)) return ""; // \echo lines were cut
      out.append(body, pos, start).append(' ');
      pos = start + t.text().length();
    }
    out.append(body.substring(pos));
    return out.toString().strip().replaceAll("\\s+", " ");
  }

  private static int offset(String body, List<Integer> lineStarts, Token t) {
    int line = lineStarts.get(Math.min(t.at().line(), lineStarts.size()) - 1);
    try {
      return body.offsetByCodePoints(line, t.at().column() - 1);
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }

  private static @Nullable List<Token> lex(String body) {
    try {
      return Lexer.lex(Path.of("body"), body);
    } catch (UserError e) {
      return null;
    }
  }
}
