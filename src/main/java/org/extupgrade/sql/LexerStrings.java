package org.extupgrade.sql;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The quoted forms of scan.l: {@code '..'} (and {@code N'..'}), {@code E'..'}, {@code U&'..'},
 * {@code B'..'}/{@code X'..'}, {@code "..."}, {@code U&"..."} and dollar quotes. Each method takes
 * the offset of the token's first character and returns the offset after it.
 */
final class LexerStrings {
  private final Path file;
  private final String s;
  private final int len;
  private final TokenList out;

  /** Set by {@link #plainBody}: the decoded contents, or null when they are the plain slice. */
  private @Nullable String body;

  LexerStrings(Path file, String s, TokenList out) {
    this.file = file;
    this.s = s;
    this.len = s.length();
    this.out = out;
  }

  SqlSyntaxError error(int offset, String message) {
    return new SqlSyntaxError(Positions.locateOnce(file, s, offset), message);
  }

  /** {@code '..'} or {@code N'..'}: {@code ''} is a quote, backslashes are plain characters. */
  int standard(int start, int quote) {
    int end = plainBody(start, quote, "unterminated quoted string");
    out.add(TokenKind.STRING, start, end, body);
    return end;
  }

  /**
   * Scans {@code '...'} from the quote at {@code quote} with {@code ''} undoubled and continuation
   * across newlines (quotecontinue); leaves the contents in {@link #body} (null when they equal the
   * slice between the first and the last quote) and returns the end.
   */
  private int plainBody(int start, int quote, String unterminated) {
    StringBuilder sb = null;
    int seg = quote + 1;
    int p = seg;
    while (true) {
      int q = s.indexOf('\'', p);
      if (q < 0) {
        throw error(start, unterminated);
      }
      if (q + 1 < len && s.charAt(q + 1) == '\'') {
        sb = append(sb, seg, q + 1);
        p = seg = q + 2;
        continue;
      }
      int next = continuation(q + 1);
      if (next >= 0) {
        sb = append(sb, seg, q);
        p = seg = next + 1;
        continue;
      }
      body = sb == null ? null : sb.append(s, seg, q).toString();
      return q + 1;
    }
  }

  private StringBuilder append(@Nullable StringBuilder sb, int from, int to) {
    StringBuilder b = sb == null ? new StringBuilder() : sb;
    return b.append(s, from, to);
  }

  /**
   * After a closing quote at {@code p - 1}: the offset of the quote that continues the string, when
   * only whitespace and {@code --} comments, with at least one newline, lie between; else -1.
   */
  int continuation(int p) {
    boolean newline = false;
    int i = p;
    while (i < len) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        newline = true;
        i++;
      } else if (c == ' ' || c == '\t' || c == '\f' || c == '\u000B') {
        i++;
      } else if (c == '-' && i + 1 < len && s.charAt(i + 1) == '-') {
        i = LexerChars.lineCommentEnd(s, i);
      } else {
        break;
      }
    }
    return newline && i < len && s.charAt(i) == '\'' ? i : -1;
  }

  /** {@code E'..'}: backslash escapes, {@code ''}, continuation. */
  int escaped(int start) {
    EscapeDecoder d = new EscapeDecoder(this, s);
    int end = d.scan(start);
    out.add(TokenKind.STRING, start, end, d.value());
    return end;
  }

  /** {@code B'..'} and {@code X'..'}: no escapes, no {@code ''}; value is PostgreSQL's b/x form. */
  int bits(int start) {
    StringBuilder sb = new StringBuilder().append(Character.toLowerCase(s.charAt(start)));
    String what = sb.charAt(0) == 'b' ? "bit" : "hexadecimal";
    int p = start + 2;
    while (true) {
      int q = s.indexOf('\'', p);
      if (q < 0) {
        throw error(start, "unterminated " + what + " string literal");
      }
      sb.append(s, p, q);
      int next = continuation(q + 1);
      if (next < 0) {
        out.add(TokenKind.BIT_STRING, start, q + 1, sb.toString());
        return q + 1;
      }
      p = next + 1;
    }
  }

  /** {@code "..."}: {@code ""} is a quote; empty is an error; truncated to 63 bytes. */
  int quotedIdent(int start) {
    int end = identBody(start, start);
    String name = body == null ? s.substring(start + 1, end - 1) : body;
    if (name.isEmpty()) {
      throw error(start, "zero-length delimited identifier");
    }
    out.add(TokenKind.QUOTED_IDENT, start, end, Identifiers.truncate(name));
    return end;
  }

  private int identBody(int start, int quote) {
    StringBuilder sb = null;
    int seg = quote + 1;
    while (true) {
      int q = s.indexOf('"', seg);
      if (q < 0) {
        throw error(start, "unterminated quoted identifier");
      }
      if (q + 1 < len && s.charAt(q + 1) == '"') {
        sb = append(sb, seg, q + 1);
        seg = q + 2;
        continue;
      }
      body = sb == null ? null : sb.append(s, seg, q).toString();
      return q + 1;
    }
  }

  /** {@code U&'..'} with an optional {@code UESCAPE 'c'}. */
  int unicodeString(int start) {
    int end = plainBody(start, start + 2, "unterminated quoted string");
    int rawAt = body == null ? start + 3 : -1;
    String raw = body == null ? s.substring(start + 3, end - 1) : body;
    int[] escape = {'\\'};
    end = uescape(end, escape);
    out.add(
        TokenKind.STRING, start, end, UnicodeEscapes.decode(raw, escape[0], this, start, rawAt));
    return end;
  }

  /** {@code U&"..."} with an optional {@code UESCAPE 'c'}. */
  int unicodeIdent(int start) {
    int end = identBody(start, start + 2);
    int rawAt = body == null ? start + 3 : -1;
    String raw = body == null ? s.substring(start + 3, end - 1) : body;
    if (raw.isEmpty()) {
      throw error(start, "zero-length delimited identifier");
    }
    int[] escape = {'\\'};
    end = uescape(end, escape);
    String name = UnicodeEscapes.decode(raw, escape[0], this, start, rawAt);
    out.add(TokenKind.QUOTED_IDENT, start, end, Identifiers.truncate(name));
    return end;
  }

  /**
   * Looks past whitespace and comments for {@code UESCAPE 'c'} (parser.c's lookahead); stores the
   * escape character in {@code escape[0]} and returns the end of the clause, or {@code end}.
   */
  private int uescape(int end, int[] escape) {
    int p = skipSpace(end);
    if (p < 0
        || !s.regionMatches(true, p, "uescape", 0, 7)
        || (p + 7 < len && LexerChars.isIdentCont(s.charAt(p + 7)))) {
      return end;
    }
    int q = skipSpace(p + 7);
    if (q < 0 || q >= len || s.charAt(q) != '\'') {
      throw error(p, "UESCAPE must be followed by a simple string literal");
    }
    int e = plainBody(q, q, "unterminated quoted string");
    String c = body == null ? s.substring(q + 1, e - 1) : body;
    if (c.length() != 1 || !UnicodeEscapes.validEscapeChar(c.charAt(0))) {
      throw error(q, "invalid Unicode escape character");
    }
    escape[0] = c.charAt(0);
    return e;
  }

  /** Skips whitespace and comments; -1 at an unterminated comment (the main loop reports it). */
  private int skipSpace(int p) {
    int i = p;
    while (i < len) {
      char c = s.charAt(i);
      if (LexerChars.isSpace(c)) {
        i++;
      } else if (c == '-' && i + 1 < len && s.charAt(i + 1) == '-') {
        i = LexerChars.lineCommentEnd(s, i);
      } else if (c == '/' && i + 1 < len && s.charAt(i + 1) == '*') {
        i = LexerChars.blockCommentEnd(s, i);
        if (i < 0) {
          return -1;
        }
      } else {
        break;
      }
    }
    return i;
  }

  /** {@code $tag$...$tag$}: {@code bodyStart} is just after the opening delimiter. */
  int dollarQuoted(int start, int bodyStart) {
    String delim = s.substring(start, bodyStart);
    int close = s.indexOf(delim, bodyStart);
    if (close < 0) {
      throw error(start, "unterminated dollar-quoted string");
    }
    int end = close + delim.length();
    out.add(TokenKind.STRING, start, end, null);
    return end;
  }
}
