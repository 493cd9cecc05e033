package org.extupgrade.sql;

/**
 * {@code U&'..'} and {@code U&"..."} escapes (parser.c str_udeescape): {@code \XXXX}, {@code
 * \+XXXXXX}, {@code \\}.
 */
final class UnicodeEscapes {
  private UnicodeEscapes() {}

  /** check_uescapechar: not a hex digit, {@code +}, a quote or whitespace. */
  static boolean validEscapeChar(char c) {
    return Character.digit(c, 16) < 0
        && c != '+'
        && c != '\''
        && c != '"'
        && c != ' '
        && c != '\t'
        && c != '\n'
        && c != '\r'
        && c != '\f'
        && c != '\u000B';
  }

  /** The value of {@code n} ASCII hex digits at {@code p}, or -1. */
  static int hex(String s, int p, int n) {
    if (p + n > s.length()) {
      return -1;
    }
    int v = 0;
    for (int i = p; i < p + n; i++) {
      char c = s.charAt(i);
      int d = c < 0x80 ? Character.digit(c, 16) : -1;
      if (d < 0) {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }

  /**
   * Decodes {@code raw} with escape character {@code esc}. Errors are reported at the escape when
   * {@code rawAt} (the source offset of {@code raw}) is known, else at {@code at} (the token).
   */
  static String decode(String raw, int esc, LexerStrings where, int at, int rawAt) {
    if (raw.indexOf(esc) < 0) {
      return raw;
    }
    StringBuilder sb = new StringBuilder(raw.length());
    int high = -1;
    int i = 0;
    int n = raw.length();
    while (i < n) {
      char c = raw.charAt(i);
      if (c != esc) {
        if (high >= 0) {
          throw where.error(at, "invalid Unicode surrogate pair");
        }
        sb.append(c);
        i++;
        continue;
      }
      int v;
      if (i + 1 < n && raw.charAt(i + 1) == esc) {
        if (high >= 0) {
          throw where.error(at, "invalid Unicode surrogate pair");
        }
        sb.append(c);
        i += 2;
        continue;
      } else if (i + 1 < n && raw.charAt(i + 1) == '+' && (v = hex(raw, i + 2, 6)) >= 0) {
        i += 8;
      } else if ((v = hex(raw, i + 1, 4)) >= 0) {
        i += 5;
      } else {
        throw where.error(rawAt >= 0 ? rawAt + i : at, "invalid Unicode escape");
      }
      if (high >= 0) {
        if (v > 0xFFFF || !Character.isLowSurrogate((char) v)) {
          throw where.error(at, "invalid Unicode surrogate pair");
        }
        sb.append((char) high).append((char) v);
        high = -1;
      } else if (v <= 0xFFFF && Character.isHighSurrogate((char) v)) {
        high = v;
      } else if ((v <= 0xFFFF && Character.isLowSurrogate((char) v))) {
        throw where.error(at, "invalid Unicode surrogate pair");
      } else if (v == 0 || v > 0x10FFFF) {
        throw where.error(at, "invalid Unicode escape value");
      } else {
        sb.appendCodePoint(v);
      }
    }
    if (high >= 0) {
      throw where.error(at, "invalid Unicode surrogate pair");
    }
    return sb.toString();
  }
}
