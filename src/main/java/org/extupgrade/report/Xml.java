package org.extupgrade.report;

/** XML 1.0 escaping for the JUnit report. */
final class Xml {
  private Xml() {}

  /** Text content: markup escaped, characters XML 1.0 cannot hold written as {@code \xNN}. */
  static String text(String s) {
    return escape(s, false);
  }

  /** An attribute value in double quotes: line breaks and tabs kept as character references. */
  static String attr(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        case '\n' -> b.append(attribute ? "&#10;" : "\n");
        case '\r' -> b.append("&#13;");
        case '\t' -> b.append(attribute ? "&#9;" : "\t");
        default -> {
          if (c < 0x20 || c == 0xfffe || c == 0xffff) {
            b.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
