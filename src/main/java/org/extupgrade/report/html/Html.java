package org.extupgrade.report.html;

import java.util.Locale;

/** Escaping for text and attribute values in HTML and SVG. */
final class Html {
  private Html() {}

  /**
   * {@code s} safe as element text or a quoted attribute value: markup characters escaped, and
   * control characters other than line breaks and tabs shown as {@code \xNN}.
   */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\n', '\t' -> b.append(c);
        default -> {
          if (c < 0x20 || c == 0x7f) b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.toString();
  }

  /** A coordinate with at most one decimal, the same text on every machine. */
  static String num(double d) {
    long tenths = Math.round(d * 10);
    return tenths % 10 == 0
        ? Long.toString(tenths / 10)
        : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }
}
