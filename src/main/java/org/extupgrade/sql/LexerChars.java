package org.extupgrade.sql;

/** scan.l's character classes and comment rules, shared by the lexer's parts. */
final class LexerChars {
  private LexerChars() {}

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** ident_start: {@code [A-Za-z\200-\377_]}; every non-ASCII character is made of such bytes. */
  static boolean isIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
  }

  /** ident_cont: ident_start, digits and {@code $}. */
  static boolean isIdentCont(char c) {
    return isIdentStart(c) || isDigit(c) || c == '$';
  }

  /** space: {@code [ \t\n\r\f\v]}. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
  }

  /**
   * The end of a {@code --} comment at {@code p}: the next {@code \n} or {@code \r}, not included.
   */
  static int lineCommentEnd(String s, int p) {
    int len = s.length();
    int i = p + 2;
    while (i < len) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        break;
      }
      i++;
    }
    return i;
  }

  /** The end of the nested block comment opened at {@code p}, or -1 when it is never closed. */
  static int blockCommentEnd(String s, int p) {
    int len = s.length();
    int depth = 1;
    int i = p + 2;
    while (i < len - 1) {
      char c = s.charAt(i);
      if (c == '*' && s.charAt(i + 1) == '/') {
        i += 2;
        if (--depth == 0) {
          return i;
        }
      } else if (c == '/' && s.charAt(i + 1) == '*') {
        depth++;
        i += 2;
      } else {
        i++;
      }
    }
    return -1;
  }
}
