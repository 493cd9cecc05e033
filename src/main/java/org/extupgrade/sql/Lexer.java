package org.extupgrade.sql;

import java.nio.file.Path;
import java.util.List;

/**
 * PostgreSQL's lexical rules (src/backend/parser/scan.l) for extension scripts, as the server sees
 * them after {@code execute_extension_script} removed the psql {@code \echo} lines.
 *
 * <p>One pass over the text by index, a switch on the first character of each token, no regular
 * expressions; tokens are kept compact (see {@link TokenList}) so that large scripts fit in memory.
 * Quoted forms live in {@link LexerStrings}.
 */
public final class Lexer {
  private final Path file;
  private final String s;
  private final int len;
  private final TokenList out;
  private final LexerStrings strings;
  /** The {@code \echo} lines the main loop skipped (those outside any token or comment). */
  private int echoesSkipped;

  private Lexer(Path file, String s) {
    this.file = file;
    this.s = s;
    this.len = s.length();
    this.out = new TokenList(file, s, len / 10);
    this.strings = new LexerStrings(file, s, out);
  }

  /**
   * Splits a script into tokens; comments, whitespace and {@code \echo} lines are dropped.
   *
   * @param file the script, for locations
   * @param text its decoded contents
   * @return the tokens in source order (an immutable list)
   * @throws SqlSyntaxError at the opening of an unterminated quote or comment, or of a bad escape
   */
  public static List<Token> lex(Path file, String text) {
    int echoes = EchoLines.count(text);
    Lexer lexer = new Lexer(file, text);
    try {
      lexer.run();
      if (lexer.echoesSkipped == echoes) {
        return lexer.out;
      }
    } catch (SqlSyntaxError e) {
      if (echoes == 0) {
        throw e;
      }
    }
    // An \echo line inside a string or comment: PostgreSQL removes it there too.
    lexer = new Lexer(file, EchoLines.strip(text));
    lexer.run();
    return lexer.out;
  }

  private void run() {
    int p = 0;
    while (p < len) {
      char c = s.charAt(p);
      p =
          switch (c) {
            case ' ', '\t', '\n', '\r', '\f', '\u000B' -> spaceEnd(p + 1);
            case '-' -> at(p + 1) == '-' ? lineCommentEnd(p) : operator(p);
            case '/' -> at(p + 1) == '*' ? blockCommentEnd(p, true) : operator(p);
            case '\'' -> strings.standard(p, p);
            case '"' -> strings.quotedIdent(p);
            case '$' -> dollar(p);
            case '\\' -> EchoLines.isEchoLine(s, p) ? echoLineEnd(p) : punct(p, 1);
            case '(', ')', '[', ']', ',', ';' -> punct(p, 1);
            case '.' -> isDigit(at(p + 1)) ? number(p) : punct(p, at(p + 1) == '.' ? 2 : 1);
            case ':' -> colon(p);
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number(p);
            case '@' -> placeholderEnd(p) > 0 ? placeholder(p) : operator(p);
            case '+', '*', '<', '>', '=', '~', '!', '#', '%', '^', '&', '|', '`', '?' -> operator(p);
            default -> isIdentStart(c) ? word(p, c) : punct(p, 1);
          };
    }
  }

  private int spaceEnd(int p) {
    int i = p;
    while (i < len) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f' && c != '\u000B') {
        break;
      }
      i++;
    }
    return i;
  }

  private int echoLineEnd(int p) {
    echoesSkipped++;
    int eol = s.indexOf('\n', p);
    return eol < 0 ? len : eol;
  }

  private char at(int i) {
    return i < len ? s.charAt(i) : '\0';
  }

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

  /** The end of a {@code --} comment: the next {@code \n} or {@code \r}, not included. */
  int lineCommentEnd(int p) {
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

  /**
   * The end of a nested block comment opened at {@code p}; when unterminated, an error if {@code
   * strict}, else -1.
   */
  int blockCommentEnd(int p, boolean strict) {
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
    if (strict) {
      throw error(p, "unterminated /* comment");
    }
    return -1;
  }

  private SqlSyntaxError error(int offset, String message) {
    return new SqlSyntaxError(Positions.locateOnce(file, s, offset), message);
  }

  private int punct(int p, int n) {
    out.add(TokenKind.PUNCT, p, p + n, null);
    return p + n;
  }

  private int colon(int p) {
    char n = at(p + 1);
    if (n == ':') {
      return punct(p, 2);
    }
    if (n == '=') {
      out.add(TokenKind.OPERATOR, p, p + 2, null);
      return p + 2;
    }
    return punct(p, 1);
  }

  private static boolean isOpChar(char c) {
    return switch (c) {
      case '~', '!', '@', '#', '^', '&', '|', '`', '?', '+', '-', '*', '/', '%', '<', '>', '=' -> true;
      default -> false;
    };
  }

  /** scan.l's {operator} rule with its cut at comment starts and its trailing +/- rule. */
  private int operator(int p) {
    int e = p + 1;
    while (e < len) {
      char c = s.charAt(e);
      if (!isOpChar(c)
          || (c == '-' && at(e + 1) == '-')
          || (c == '/' && at(e + 1) == '*')
          || (c == '@' && placeholderEnd(e) > 0)) {
        break;
      }
      e++;
    }
    int n = e - p;
    while (n > 1 && (s.charAt(p + n - 1) == '+' || s.charAt(p + n - 1) == '-')) {
      if (hasNonSqlOpChar(p, p + n - 1)) {
        break;
      }
      n--;
    }
    if (n >= Identifiers.MAX_BYTES + 1) {
      throw error(p, "operator too long");
    }
    out.add(TokenKind.OPERATOR, p, p + n, null);
    return p + n;
  }

  private boolean hasNonSqlOpChar(int from, int to) {
    for (int i = from; i < to; i++) {
      switch (s.charAt(i)) {
        case '~', '!', '@', '#', '^', '&', '|', '`', '?', '%' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  /**
   * The end of {@code @extschema@}, {@code @extowner@} or {@code @extschema:name@} at {@code p}, or
   * -1. PostgreSQL substitutes them textually (case-sensitive) before scanning.
   */
  private int placeholderEnd(int p) {
    if (s.startsWith("@extschema", p)) {
      int i = p + 10;
      char c = at(i);
      if (c == '@') {
        return i + 1;
      }
      if (c == ':') {
        int j = i + 1;
        while (j < len && isExtensionNameChar(s.charAt(j))) {
          j++;
        }
        return j > i + 1 && at(j) == '@' ? j + 1 : -1;
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

  private int placeholder(int p) {
    int e = placeholderEnd(p);
    out.add(TokenKind.PLACEHOLDER, p, e, null);
    return e;
  }

  /** {@code $1}, {@code $tag$...$tag$}, {@code $$...$$}, or a lone {@code $}. */
  private int dollar(int p) {
    char n = at(p + 1);
    if (isDigit(n)) {
      int e = digits(p + 1);
      out.add(TokenKind.PARAM, p, e, null);
      return e;
    }
    if (n == '$') {
      return strings.dollarQuoted(p, p + 2);
    }
    if (isIdentStart(n)) {
      int e = p + 2;
      while (e < len && (isIdentStart(s.charAt(e)) || isDigit(s.charAt(e)))) {
        e++;
      }
      if (at(e) == '$') {
        return strings.dollarQuoted(p, e + 1);
      }
    }
    return punct(p, 1);
  }

  /** decinteger: {@code digit (_? digit)*}, from a digit at {@code p}; returns its end. */
  private int digits(int p) {
    int e = p + 1;
    while (e < len) {
      char c = s.charAt(e);
      if (isDigit(c)) {
        e++;
      } else if (c == '_' && isDigit(at(e + 1))) {
        e += 2;
      } else {
        break;
      }
    }
    return e;
  }

  private int number(int p) {
    int e = p;
    char c = s.charAt(p);
    if (c == '0') {
      int radixEnd = radixInteger(p);
      if (radixEnd > 0) {
        out.add(TokenKind.NUMBER, p, radixEnd, null);
        return radixEnd;
      }
    }
    if (c != '.') {
      e = digits(p);
    }
    if (at(e) == '.' && at(e + 1) != '.') {
      e++;
      if (isDigit(at(e))) {
        e = digits(e);
      }
    }
    char x = at(e);
    if (x == 'e' || x == 'E') {
      int f = e + 1;
      if (at(f) == '+' || at(f) == '-') {
        f++;
      }
      if (isDigit(at(f))) {
        e = digits(f);
      }
    }
    out.add(TokenKind.NUMBER, p, e, null);
    return e;
  }

  /** {@code 0x1F}, {@code 0o17}, {@code 0b101} with {@code _} separators; -1 if not one. */
  private int radixInteger(int p) {
    int radix =
        switch (at(p + 1)) {
          case 'x', 'X' -> 16;
          case 'o', 'O' -> 8;
          case 'b', 'B' -> 2;
          default -> 0;
        };
    if (radix == 0) {
      return -1;
    }
    int e = p + 2;
    int count = 0;
    while (true) {
      int d = e;
      if (at(d) == '_') {
        d++;
      }
      if (d < len && Character.digit(s.charAt(d), radix) >= 0 && s.charAt(d) < 0x80) {
        e = d + 1;
        count++;
      } else {
        break;
      }
    }
    return count > 0 ? e : -1;
  }

  /** An identifier, or one of the prefixed quotes {@code E'} {@code B'} {@code X'} {@code N'} {@code U&}. */
  private int word(int p, char c) {
    char n = at(p + 1);
    if (n == '\'') {
      switch (c) {
        case 'e', 'E' -> {
          return strings.escaped(p);
        }
        case 'b', 'B', 'x', 'X' -> {
          return strings.bits(p);
        }
        case 'n', 'N' -> {
          return strings.standard(p, p + 1);
        }
        default -> {}
      }
    } else if (n == '&' && (c == 'u' || c == 'U')) {
      char q = at(p + 2);
      if (q == '\'') {
        return strings.unicodeString(p);
      }
      if (q == '"') {
        return strings.unicodeIdent(p);
      }
    }
    int e = p + 1;
    while (e < len && isIdentCont(s.charAt(e))) {
      e++;
    }
    out.add(TokenKind.IDENT, p, e, null);
    return e;
  }
}
