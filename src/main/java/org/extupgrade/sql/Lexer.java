package org.extupgrade.sql;

import static org.extupgrade.sql.LexerChars.isDigit;
import static org.extupgrade.sql.LexerChars.isIdentCont;
import static org.extupgrade.sql.LexerChars.isIdentStart;
import static org.extupgrade.sql.LexerChars.isSpace;

import java.nio.file.Path;
import java.util.List;

/**
 * PostgreSQL's lexical rules (src/backend/parser/scan.l) for extension scripts, as the server sees
 * them after {@code execute_extension_script} removed the psql {@code \echo} lines.
 *
 * <p>One pass over the text by index, a switch on the first character of each token, no regular
 * expressions; tokens are kept compact (see {@link TokenList}) so that large scripts fit in memory.
 * Quoted forms live in {@link LexerStrings}, operators and placeholders in {@link LexerOperators}.
 */
public final class Lexer {
  private final Path file;
  private final String s;
  private final int len;
  private final TokenList out;
  private final LexerStrings strings;
  private final LexerOperators operators;

  /** The {@code \echo} lines the main loop skipped (those outside any token or comment). */
  private int echoesSkipped;

  private Lexer(Path file, String s) {
    this.file = file;
    this.s = s;
    this.len = s.length();
    this.out = new TokenList(file, s, len / 10);
    this.strings = new LexerStrings(file, s, out);
    this.operators = new LexerOperators(this, s, out);
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
            case '-' -> at(p + 1) == '-' ? LexerChars.lineCommentEnd(s, p) : operators.operator(p);
            case '/' -> at(p + 1) == '*' ? blockComment(p) : operators.operator(p);
            case '\'' -> strings.standard(p, p);
            case '"' -> strings.quotedIdent(p);
            case '$' -> dollar(p);
            case '\\' -> EchoLines.isEchoLine(s, p) ? echoLineEnd(p) : punct(p, 1);
            case '(', ')', '[', ']', ',', ';' -> punct(p, 1);
            case '.' -> isDigit(at(p + 1)) ? number(p) : punct(p, at(p + 1) == '.' ? 2 : 1);
            case ':' -> colon(p);
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number(p);
            case '@' -> operators.at(p);
            case '+', '*', '<', '>', '=', '~', '!', '#', '%', '^', '&', '|', '`', '?' ->
                operators.operator(p);
            default -> isIdentStart(c) ? word(p, c) : punct(p, 1);
          };
    }
  }

  private int spaceEnd(int p) {
    int i = p;
    while (i < len && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private int blockComment(int p) {
    int end = LexerChars.blockCommentEnd(s, p);
    if (end < 0) {
      throw error(p, "unterminated /* comment");
    }
    return end;
  }

  private int echoLineEnd(int p) {
    echoesSkipped++;
    int eol = s.indexOf('\n', p);
    return eol < 0 ? len : eol;
  }

  private char at(int i) {
    return i < len ? s.charAt(i) : '\0';
  }

  SqlSyntaxError error(int offset, String message) {
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

  /**
   * An identifier, or one of the prefixed quotes {@code E'} {@code B'} {@code X'} {@code N'} {@code
   * U&}.
   */
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
