package org.extupgrade.layout;

/**
 * The token rules of {@code guc-file.l} as loops: each returns the length of the longest match at a
 * position (0 for none). A regular expression with a repeated group recursed once per character in
 * java.util.regex and overflowed the stack on a value of 1,500 characters.
 *
 * <pre>
 * LETTER          [A-Za-z_\200-\377]
 * ID              LETTER LETTER_OR_DIGIT*
 * QUALIFIED_ID    ID "." ID
 * STRING          \'([^'\\\n]|\\.|\'\')*\'
 * UNQUOTED_STRING LETTER (LETTER_OR_DIGIT | [-._:/])*
 * INTEGER         SIGN? (DIGIT+ | 0x HEXDIGIT+) UNIT_LETTER*
 * REAL            SIGN? DIGIT* "." DIGIT* EXPONENT?
 * </pre>
 */
record GucRules(String text) {

  static boolean letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || (c >= 0x80 && c <= 0xFF);
  }

  static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean hex(char c) {
    return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean ascii(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private boolean at(int i, char c) {
    return i < text.length() && text.charAt(i) == c;
  }

  private boolean is(int i, java.util.function.IntPredicate p) {
    return i < text.length() && p.test(text.charAt(i));
  }

  int id(int pos) {
    if (!is(pos, c -> letter((char) c))) {
      return 0;
    }
    int i = pos + 1;
    while (is(i, c -> letter((char) c) || digit((char) c))) {
      i++;
    }
    return i - pos;
  }

  int qualifiedId(int pos) {
    int first = id(pos);
    if (first == 0 || !at(pos + first, '.')) {
      return 0;
    }
    int second = id(pos + first + 1);
    return second == 0 ? 0 : first + 1 + second;
  }

  /** The longest quoted string: it may end at any quote not taken as half of a doubled one. */
  int string(int pos) {
    if (!at(pos, '\'')) {
      return 0;
    }
    int longest = 0;
    int i = pos + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\'') {
        longest = i + 1 - pos;
        if (!at(i + 1, '\'')) {
          break;
        }
        i += 2;
      } else if (c == '\\') {
        if (i + 1 >= text.length() || text.charAt(i + 1) == '\n') {
          break;
        }
        i += 2;
      } else if (c == '\n') {
        break;
      } else {
        i++;
      }
    }
    return longest;
  }

  int unquoted(int pos) {
    if (!is(pos, c -> letter((char) c))) {
      return 0;
    }
    int i = pos + 1;
    while (is(i, c -> letter((char) c) || digit((char) c) || "-._:/".indexOf(c) >= 0)) {
      i++;
    }
    return i - pos;
  }

  int integer(int pos) {
    int i = pos + (is(pos, c -> c == '-' || c == '+') ? 1 : 0);
    int best = 0;
    int d = i;
    while (is(d, c -> digit((char) c))) {
      d++;
    }
    if (d > i) {
      best = units(d) - pos;
    }
    if (at(i, '0') && at(i + 1, 'x') && is(i + 2, c -> hex((char) c))) {
      int h = i + 2;
      while (is(h, c -> hex((char) c))) {
        h++;
      }
      best = Math.max(best, units(h) - pos);
    }
    return best;
  }

  private int units(int i) {
    while (is(i, c -> ascii((char) c))) {
      i++;
    }
    return i;
  }

  int real(int pos) {
    int i = pos + (is(pos, c -> c == '-' || c == '+') ? 1 : 0);
    while (is(i, c -> digit((char) c))) {
      i++;
    }
    if (!at(i, '.')) {
      return 0;
    }
    i++;
    while (is(i, c -> digit((char) c))) {
      i++;
    }
    if (is(i, c -> c == 'e' || c == 'E')) {
      int e = i + 1 + (is(i + 1, c -> c == '-' || c == '+') ? 1 : 0);
      if (is(e, c -> digit((char) c))) {
        while (is(e, c -> digit((char) c))) {
          e++;
        }
        i = e;
      }
    }
    return i - pos;
  }
}
