package org.extupgrade.sql;

/**
 * What {@code execute_extension_script} does before the server sees a script: remove every line
 * that starts with {@code \echo} (the regular expression {@code ^\\echo.*$}, newline-sensitive).
 * The line's newline stays, so line numbers and the columns of other lines do not change.
 */
final class EchoLines {
  private static final String ECHO = "\\echo";

  private EchoLines() {}

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
