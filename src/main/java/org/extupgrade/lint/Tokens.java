package org.extupgrade.lint;

import java.util.ArrayList;
import java.util.List;
import org.extupgrade.sql.Token;
import org.extupgrade.sql.TokenKind;

/** Small reads over a statement's tokens, shared by the rules. */
final class Tokens {
  private Tokens() {}

  static boolean word(List<Token> ts, int i, String w) {
    return i >= 0 && i < ts.size() && ts.get(i).isWord(w);
  }

  static boolean symbol(List<Token> ts, int i, String s) {
    return i >= 0 && i < ts.size() && ts.get(i).isSymbol(s);
  }

  static boolean kind(List<Token> ts, int i, TokenKind k) {
    return i >= 0 && i < ts.size() && ts.get(i).kind() == k;
  }

  /** An identifier, quoted or not, or a placeholder such as {@code @extschema@}. */
  static boolean namePart(List<Token> ts, int i) {
    return kind(ts, i, TokenKind.IDENT)
        || kind(ts, i, TokenKind.QUOTED_IDENT)
        || kind(ts, i, TokenKind.PLACEHOLDER);
  }

  /** A dotted name starting at {@code i}: its parts (values) and the index after it. */
  record Name(List<String> parts, int end) {
    boolean qualified() {
      return parts.size() > 1;
    }

    String last() {
      return parts.get(parts.size() - 1);
    }

    String schema() {
      return parts.size() > 1 ? parts.get(parts.size() - 2) : "";
    }

    String text() {
      return String.join(".", parts);
    }
  }

  /** The dotted name at {@code i}, or an empty name ending at {@code i} if none stands there. */
  static Name name(List<Token> ts, int i) {
    List<String> parts = new ArrayList<>();
    int j = i;
    while (namePart(ts, j)) {
      Token t = ts.get(j);
      parts.add(t.kind() == TokenKind.PLACEHOLDER ? "@" + t.value() + "@" : t.value());
      j++;
      if (symbol(ts, j, ".") && namePart(ts, j + 1)) j++;
      else break;
    }
    return new Name(parts, j);
  }

  /** The index of the {@code )} matching the {@code (} at {@code i}, or the last index. */
  static int close(List<Token> ts, int i) {
    int depth = 0;
    for (int j = i; j < ts.size(); j++) {
      if (symbol(ts, j, "(")) depth++;
      else if (symbol(ts, j, ")") && --depth == 0) return j;
    }
    return ts.size() - 1;
  }

  /** The index of the first of {@code words} at paren depth 0 from {@code i}, or -1. */
  static int find(List<Token> ts, int i, String... words) {
    int depth = 0;
    for (int j = i; j < ts.size(); j++) {
      if (symbol(ts, j, "(")) depth++;
      else if (symbol(ts, j, ")")) depth--;
      else if (depth == 0) for (String w : words) if (ts.get(j).isWord(w)) return j;
    }
    return -1;
  }

  /** Tokens {@code [from, to)} as SQL text, one space between tokens but around punctuation. */
  static String text(List<Token> ts, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to && i < ts.size(); i++) {
      Token t = ts.get(i);
      boolean tight =
          t.isSymbol(",")
              || t.isSymbol(".")
              || t.isSymbol(")")
              || symbol(ts, i - 1, ".")
              || symbol(ts, i - 1, "(");
      if (i > from && !tight) b.append(' ');
      b.append(t.text());
    }
    return b.toString();
  }
}
