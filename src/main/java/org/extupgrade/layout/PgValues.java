package org.extupgrade.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * PostgreSQL's value parsers used for control files: {@code parse_bool}, {@code
 * SplitIdentifierString}.
 */
final class PgValues {
  private static final int NAMEDATALEN = 64;

  private PgValues() {}

  /**
   * {@code parse_bool} ({@code utils/adt/bool.c}): any case-insensitive prefix of true, false, yes,
   * no; on/off need at least two letters; 1 and 0. No trimming.
   */
  static Optional<Boolean> parseBool(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    int len = v.length();
    if (len == 0) {
      return Optional.empty();
    }
    switch (v.charAt(0)) {
      case 't':
        return prefixOf(v, "true") ? Optional.of(true) : Optional.empty();
      case 'f':
        return prefixOf(v, "false") ? Optional.of(false) : Optional.empty();
      case 'y':
        return prefixOf(v, "yes") ? Optional.of(true) : Optional.empty();
      case 'n':
        return prefixOf(v, "no") ? Optional.of(false) : Optional.empty();
      case 'o':
        if (len >= 2 && prefixOf(v, "on")) {
          return Optional.of(true);
        }
        return len >= 2 && prefixOf(v, "off") ? Optional.of(false) : Optional.empty();
      case '1':
        return len == 1 ? Optional.of(true) : Optional.empty();
      case '0':
        return len == 1 ? Optional.of(false) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static boolean prefixOf(String v, String word) {
    return v.length() <= word.length() && word.startsWith(v);
  }

  /**
   * {@code SplitIdentifierString(raw, ',')}: a comma list of identifiers, unquoted ones
   * lower-cased, quoted ones kept with {@code ""} undoubled, both truncated to 63 bytes. Empty
   * input is an empty list; an empty unquoted element or a stray character is a syntax error.
   */
  static Optional<List<String>> splitIdentifiers(String raw) {
    List<String> out = new ArrayList<>();
    int p = skipSpace(raw, 0);
    if (p == raw.length()) {
      return Optional.of(out);
    }
    while (true) {
      String name;
      if (raw.charAt(p) == '"') {
        StringBuilder b = new StringBuilder();
        int q = p + 1;
        while (true) {
          int end = raw.indexOf('"', q);
          if (end < 0) {
            return Optional.empty();
          }
          b.append(raw, q, end);
          if (end + 1 < raw.length() && raw.charAt(end + 1) == '"') {
            b.append('"');
            q = end + 2;
          } else {
            p = end + 1;
            break;
          }
        }
        name = b.toString();
      } else {
        int start = p;
        while (p < raw.length() && raw.charAt(p) != ',' && !isSpace(raw.charAt(p))) {
          p++;
        }
        if (start == p) {
          return Optional.empty();
        }
        name = raw.substring(start, p).toLowerCase(Locale.ROOT);
      }
      out.add(truncate(name));
      p = skipSpace(raw, p);
      if (p == raw.length()) {
        return Optional.of(out);
      }
      if (raw.charAt(p) != ',') {
        return Optional.empty();
      }
      p = skipSpace(raw, p + 1);
      if (p == raw.length()) {
        return Optional.empty();
      }
    }
  }

  private static String truncate(String name) {
    byte[] b = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (b.length < NAMEDATALEN) {
      return name;
    }
    int n = NAMEDATALEN - 1;
    while (n > 0 && (b[n] & 0xC0) == 0x80) {
      n--; // never cut a multibyte character in half (pg_mbcliplen)
    }
    return new String(b, 0, n, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static int skipSpace(String s, int p) {
    while (p < s.length() && isSpace(s.charAt(p))) {
      p++;
    }
    return p;
  }

  /** scanner_isspace: space, tab, newline, carriage return, form feed, vertical tab. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }
}
