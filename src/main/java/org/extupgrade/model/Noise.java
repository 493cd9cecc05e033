package org.extupgrade.model;

/**
 * What differs between sightings of one difference, taken out of a message: the upgrade ({@code 1.0
 * -> 2.0}), the path ({@code along 1.0--1.1--2.0}) and parenthetical remarks, each with the white
 * space before it. The same as replacing the regular expression {@code \s*(?:\S+ -> \S+|along
 * \S+|\([^()]*\))} with nothing, in one pass: root causes are keyed on thousands of messages, and
 * the regular expression's backtracking was a quarter of a check.
 */
final class Noise {
  private Noise() {}

  static String strip(String m) {
    StringBuilder out = null;
    int copied = 0;
    int n = m.length();
    int p = 0;
    int wordEnd = -1; // the end of the word p is in, once known: each word is scanned once
    while (p < n) {
      int start = p;
      int q = p;
      while (q < n && space(m.charAt(q))) q++;
      if (q < n && q >= wordEnd) wordEnd = word(m, q);
      int end = noiseAt(m, q, wordEnd);
      if (end < 0) {
        p = q > p ? q : p + 1;
        continue;
      }
      if (out == null) out = new StringBuilder(n);
      out.append(m, copied, start);
      copied = end;
      p = end;
    }
    if (out == null) return m;
    return out.append(m, copied, n).toString();
  }

  /**
   * The end of the noise that starts at {@code p} (after white space), or -1; {@code w} is the end
   * of the word at {@code p}.
   */
  private static int noiseAt(String m, int p, int w) {
    int n = m.length();
    if (p >= n) return -1;
    if (w > p && m.startsWith(" -> ", w)) {
      int e = word(m, w + 4);
      if (e > w + 4) return e;
    }
    if (m.startsWith("along ", p)) {
      int e = word(m, p + 6);
      if (e > p + 6) return e;
    }
    if (m.charAt(p) == '(') {
      for (int i = p + 1; i < n; i++) {
        char c = m.charAt(i);
        if (c == ')') return i + 1;
        if (c == '(') return -1;
      }
      return -1;
    }
    return -1;
  }

  /**
   * White space as {@code \s} means it: space, tab, line feed, vertical tab, form feed, carriage
   * return.
   */
  private static boolean space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** The end of the run of non-white-space characters at {@code p}. */
  private static int word(String m, int p) {
    int i = p;
    while (i < m.length() && !space(m.charAt(i))) i++;
    return i;
  }
}
