package org.extupgrade.sql;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Scans and decodes one {@code E'..'} string (scan.l's xe state): {@code \b \f \n \r \t}, octal
 * {@code \ooo} and hex {@code \xHH} bytes (which must form valid UTF-8, as the server checks),
 * {@code \\uXXXX} and {@code \\UXXXXXXXX} (surrogate pairs joined), any other {@code \c} is {@code
 * c}; {@code ''} is a quote; continuation across newlines as for standard strings.
 */
final class EscapeDecoder {
  private final LexerStrings owner;
  private final String s;
  private final int len;
  private @Nullable StringBuilder sb;
  private byte[] bytes = new byte[0];
  private int nbytes;
  private int highSurrogate = -1;
  private int highAt;

  EscapeDecoder(LexerStrings owner, String s) {
    this.owner = owner;
    this.s = s;
    this.len = s.length();
  }

  /** Null when the value is the slice between the quotes. */
  @Nullable String value() {
    return sb == null ? null : sb.toString();
  }

  int scan(int start) {
    int seg = start + 2;
    int p = seg;
    while (true) {
      if (p >= len) {
        throw owner.error(start, "unterminated quoted string");
      }
      char c = s.charAt(p);
      if (c == '\'') {
        if (p + 1 < len && s.charAt(p + 1) == '\'') {
          text(seg, p + 1);
          p = seg = p + 2;
          continue;
        }
        int next = owner.continuation(p + 1);
        if (next < 0) {
          if (sb != null) {
            text(seg, p);
            finish();
          }
          return p + 1;
        }
        text(seg, p);
        p = seg = next + 1;
      } else if (c == '\\') {
        text(seg, p);
        builder();
        p = seg = escape(start, p);
      } else {
        p++;
      }
    }
  }

  /** Appends source characters, after pending bytes and surrogate checks. */
  private void text(int from, int to) {
    StringBuilder b = builder();
    if (from < to) {
      finish();
      b.append(s, from, to);
    }
  }

  /** Before a plain character and at the end: no pending high surrogate, pending bytes decoded. */
  private void finish() {
    if (highSurrogate >= 0) {
      throw owner.error(highAt, "invalid Unicode surrogate pair");
    }
    flushBytes();
  }

  private StringBuilder builder() {
    StringBuilder b = sb;
    if (b == null) {
      b = new StringBuilder();
      sb = b;
    }
    return b;
  }

  /** Decodes the escape at {@code p} (a backslash); returns the offset after it. */
  private int escape(int start, int p) {
    if (p + 1 >= len) {
      throw owner.error(start, "unterminated quoted string");
    }
    char c = s.charAt(p + 1);
    if (c >= '0' && c <= '7') {
      int e = p + 1;
      int v = 0;
      while (e < len && e < p + 4 && s.charAt(e) >= '0' && s.charAt(e) <= '7') {
        v = v * 8 + (s.charAt(e++) - '0');
      }
      addByte(p, v & 0xFF);
      return e;
    }
    if (c == 'x'
        && p + 2 < len
        && Character.digit(s.charAt(p + 2), 16) >= 0
        && s.charAt(p + 2) < 0x80) {
      int e = p + 2;
      int v = 0;
      while (e < len && e < p + 4 && s.charAt(e) < 0x80 && Character.digit(s.charAt(e), 16) >= 0) {
        v = v * 16 + Character.digit(s.charAt(e++), 16);
      }
      addByte(p, v);
      return e;
    }
    if (c == 'u' || c == 'U') {
      int n = c == 'u' ? 4 : 8;
      int v = UnicodeEscapes.hex(s, p + 2, n);
      if (v < 0) {
        throw owner.error(p, "invalid Unicode escape");
      }
      addCodePoint(p, v);
      return p + 2 + n;
    }
    char ch =
        switch (c) {
          case 'b' -> '\b';
          case 'f' -> '\f';
          case 'n' -> '\n';
          case 'r' -> '\r';
          case 't' -> '\t';
          default -> c;
        };
    finish();
    builder().append(ch);
    return p + 2;
  }

  private void addByte(int at, int v) {
    if (highSurrogate >= 0) {
      throw owner.error(highAt, "invalid Unicode surrogate pair");
    }
    if (v == 0) {
      throw owner.error(at, "invalid byte sequence for encoding \"UTF8\": 0x00");
    }
    if (nbytes == bytes.length) {
      bytes = java.util.Arrays.copyOf(bytes, Math.max(8, nbytes * 2));
    }
    bytes[nbytes++] = (byte) v;
    highAt = at;
  }

  private void flushBytes() {
    if (nbytes == 0) {
      return;
    }
    try {
      builder()
          .append(
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT)
                  .decode(ByteBuffer.wrap(bytes, 0, nbytes)));
    } catch (CharacterCodingException e) {
      throw owner.error(highAt, "invalid byte sequence for encoding \"UTF8\" in escapes");
    }
    nbytes = 0;
  }

  private void addCodePoint(int at, int v) {
    flushBytes();
    if (highSurrogate >= 0) {
      if (!Character.isLowSurrogate((char) v) || v > 0xFFFF) {
        throw owner.error(highAt, "invalid Unicode surrogate pair");
      }
      builder().append((char) highSurrogate).append((char) v);
      highSurrogate = -1;
      return;
    }
    if (v <= 0xFFFF && Character.isHighSurrogate((char) v)) {
      highSurrogate = v;
      highAt = at;
      return;
    }
    if (v <= 0xFFFF && Character.isLowSurrogate((char) v)) {
      throw owner.error(at, "invalid Unicode surrogate pair");
    }
    if (v == 0 || v > 0x10FFFF) {
      throw owner.error(at, "invalid Unicode escape value");
    }
    builder().appendCodePoint(v);
  }
}
