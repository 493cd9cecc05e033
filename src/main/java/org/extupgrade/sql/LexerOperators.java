package org.extupgrade.sql;

/**
 * scan.l's {operator} rule and the extension placeholders {@code @extschema@}, {@code @extowner@},
 * {@code @extschema:name@}, which PostgreSQL substitutes textually before scanning (so an operator
 * ends where a placeholder begins).
 */
final class LexerOperators {
  private final Lexer lexer;
  private final String s;
  private final int len;
  private final TokenList out;

  LexerOperators(Lexer lexer, String s, TokenList out) {
    this.lexer = lexer;
    this.s = s;
    this.len = s.length();
    this.out = out;
  }

  private char charAt(int i) {
    return i < len ? s.charAt(i) : '\0';
  }

  private static boolean isOpChar(char c) {
    return switch (c) {
      case '~', '!', '@', '#', '^', '&', '|', '`', '?', '+', '-', '*', '/', '%', '<', '>', '=' ->
          true;
      default -> false;
    };
  }

  /** scan.l's {operator} rule with its cut at comment starts and its trailing +/- rule. */
  int operator(int p) {
    int e = p + 1;
    while (e < len) {
      char c = s.charAt(e);
      if (!isOpChar(c)
          || (c == '-' && charAt(e + 1) == '-')
          || (c == '/' && charAt(e + 1) == '*')
          || (c == '@' && placeholderEnd(e) > 0)) {
        break;
      }
      e++;
    }
    int n = e - p;
    // A multi-character operator may end in + or - only if it holds one of ~ ! @ # ^ & | ` ? %.
    int special = firstNonSqlOpChar(p, e);
    while (n > 1 && (s.charAt(p + n - 1) == '+' || s.charAt(p + n - 1) == '-')) {
      if (special >= 0 && special < p + n - 1) {
        break;
      }
      n--;
    }
    if (n >= Identifiers.MAX_BYTES + 1) {
      throw lexer.error(p, "operator too long");
    }
    out.add(TokenKind.OPERATOR, p, p + n, null);
    // The trimmed tail holds only + and - (and no "--"): scanned again, each would be trimmed to
    // one character. Emit them now, so that a long run stays linear.
    for (int i = p + n; i < e; i++) {
      out.add(TokenKind.OPERATOR, i, i + 1, null);
    }
    return e;
  }

  private int firstNonSqlOpChar(int from, int to) {
    for (int i = from; i < to; i++) {
      switch (s.charAt(i)) {
        case '~', '!', '@', '#', '^', '&', '|', '`', '?', '%' -> {
          return i;
        }
        default -> {}
      }
    }
    return -1;
  }

  /**
   * The end of {@code @extschema@}, {@code @extowner@} or {@code @extschema:name@} at {@code p}, or
   * -1. PostgreSQL substitutes them textually (case-sensitive) before scanning.
   */
  private int placeholderEnd(int p) {
    if (s.startsWith("@extschema", p)) {
      int i = p + 10;
      char c = charAt(i);
      if (c == '@') {
        return i + 1;
      }
      if (c == ':') {
        int j = i + 1;
        while (j < len && isExtensionNameChar(s.charAt(j))) {
          j++;
        }
        return j > i + 1 && charAt(j) == '@' ? j + 1 : -1;
      }
      return -1;
    }
    return s.startsWith("@extowner@", p) ? p + 10 : -1;
  }

  private static boolean isExtensionNameChar(char c) {
    return switch (c) {
      case '@', ' ', '\t', '\n', '\r', '\f', '\'', '"', ';', '(', ')', ',' -> false;
      default -> true;
    };
  }

  /** At an {@code @}: a placeholder, or an operator. */
  int at(int p) {
    int e = placeholderEnd(p);
    if (e < 0) {
      return operator(p);
    }
    out.add(TokenKind.PLACEHOLDER, p, e, null);
    return e;
  }
}
