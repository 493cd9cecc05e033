package org.extupgrade.sql;

/**
 * What {@code execute_extension_script} does before the server sees a script: remove every line
 * that starts with {@code \echo} (the regular expression {@code ^\\echo.*$}, newline-sensitive).
 * The line's newline stays, so line numbers and the columns of other lines do not change. The lexer
 * skips such lines itself where they lie between tokens, and lexes a stripped copy only when one
 * lies inside a quoted token or a comment.
 */
final class EchoLines {
  private static final String ECHO = "\\echo";

  private EchoLines() {}

  static boolean isEchoLine(String text, int p) {
    return (p == 0 || text.charAt(p - 1) == '\n') && text.startsWith(ECHO, p);
  }

  /** How many lines start with {@code \echo}. */
  static int count(String text) {
    int n = 0;
    for (int i = text.indexOf(ECHO); i >= 0; i = text.indexOf(ECHO, i + 1)) {
      if (i == 0 || text.charAt(i - 1) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** The text with the contents of every {@code \echo} line removed. */
  static String strip(String text) {
    int i = text.indexOf(ECHO);
    while (i > 0 && text.charAt(i - 1) != '\n') {
      i = text.indexOf(ECHO, i + 1);
    }
    if (i < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int copied = 0;
    for (; i >= 0; i = text.indexOf(ECHO, i + 1)) {
      if (i > 0 && text.charAt(i - 1) != '\n') {
        continue;
      }
      int eol = text.indexOf('\n', i);
      if (eol < 0) {
        eol = text.length();
      }
      sb.append(text, copied, i);
      copied = eol;
      i = Math.max(i, eol - 1);
    }
    sb.append(text, copied, text.length());
    return sb.toString();
  }
}
