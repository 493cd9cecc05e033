package org.extupgrade.sql;

import java.util.List;

/** The script text, to cut a statement's source out of it for suggestions. */
final class ParserSource {
  private final String text;
  private final int[] lineStarts;

  ParserSource(String text) {
    this.text = text;
    int[] starts = new int[64];
    int n = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (n == starts.length) starts = java.util.Arrays.copyOf(starts, n * 2);
      starts[n++] = i + 1;
    }
    lineStarts = java.util.Arrays.copyOf(starts, n);
  }

  /**
   * The statement as written, from its first token to the end of its last; joined tokens if the
   * positions do not line up.
   */
  String slice(List<Token> tokens) {
    if (tokens.isEmpty()) return "";
    Token first = tokens.get(0);
    Token last = tokens.get(tokens.size() - 1);
    int a = offset(first);
    int b = offset(last);
    if (a >= 0 && b >= a && text.startsWith(first.text(), a) && text.startsWith(last.text(), b)) {
      return text.substring(a, b + last.text().length()) + ";";
    }
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(t.text());
    }
    return sb.append(';').toString();
  }

  private int offset(Token t) {
    int line = t.at().line();
    int col = t.at().column();
    if (line < 1 || line > lineStarts.length || col < 1) return -1;
    int o = lineStarts[line - 1] + col - 1;
    return o <= text.length() ? o : -1;
  }
}
