package org.extupgrade.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.extupgrade.model.Location;
import org.jspecify.annotations.Nullable;

/** A position in one statement's tokens, with the look-ahead helpers the parsers share. */
final class ParserCursor {
  private final List<Token> tokens;
  private final Location start;
  private int pos;

  ParserCursor(List<Token> tokens, Location start) {
    this.tokens = tokens;
    this.start = start;
  }

  Location start() {
    return start;
  }

  int pos() {
    return pos;
  }

  void reset(int p) {
    pos = p;
  }

  boolean atEnd() {
    return pos >= tokens.size();
  }

  @Nullable Token peek() {
    return peek(0);
  }

  @Nullable Token peek(int ahead) {
    int i = pos + ahead;
    return i < tokens.size() ? tokens.get(i) : null;
  }

  Token next() {
    if (atEnd()) {
      throw new ParseMiss("unexpected end of statement");
    }
    return tokens.get(pos++);
  }

  /** Where the current token is (or the statement start at the end). */
  Location here() {
    Token t = peek();
    return t == null ? start : t.at();
  }

  /** True when the token {@code ahead} is the unquoted word {@code w} (lower case). */
  boolean isWord(int ahead, String w) {
    Token t = peek(ahead);
    return t != null && t.kind() == TokenKind.IDENT && t.value().equals(w);
  }

  boolean isWord(String w) {
    return isWord(0, w);
  }

  boolean isAnyWord(Set<String> words) {
    Token t = peek();
    return t != null && t.kind() == TokenKind.IDENT && words.contains(t.value());
  }

  boolean acceptWord(String w) {
    if (isWord(w)) {
      pos++;
      return true;
    }
    return false;
  }

  /** Accepts a sequence of words, all or nothing. */
  boolean acceptWords(String... ws) {
    for (int i = 0; i < ws.length; i++) {
      if (!isWord(i, ws[i])) {
        return false;
      }
    }
    pos += ws.length;
    return true;
  }

  void expectWord(String w) {
    if (!acceptWord(w)) {
      throw new ParseMiss("expected " + w);
    }
  }

  boolean isPunct(int ahead, String p) {
    Token t = peek(ahead);
    return t != null
        && (t.kind() == TokenKind.PUNCT || t.kind() == TokenKind.OPERATOR)
        && t.text().equals(p);
  }

  boolean isPunct(String p) {
    return isPunct(0, p);
  }

  boolean acceptPunct(String p) {
    if (isPunct(p)) {
      pos++;
      return true;
    }
    return false;
  }

  void expectPunct(String p) {
    if (!acceptPunct(p)) {
      throw new ParseMiss("expected " + p);
    }
  }

  /** The tokens inside the parenthesis at the cursor (which must be "("), consuming both parens. */
  List<Token> parenthesized() {
    expectPunct("(");
    int depth = 1;
    int from = pos;
    while (!atEnd()) {
      Token t = tokens.get(pos++);
      if (isOpen(t)) {
        depth++;
      } else if (isClose(t) && --depth == 0) {
        return tokens.subList(from, pos - 1);
      }
    }
    throw new ParseMiss("unbalanced parenthesis");
  }

  /**
   * Tokens from the cursor up to (not including) the first top-level token that is one of {@code
   * stopWords} or the punctuation {@code stopPunct}, or the end. Takes at least one token.
   */
  List<Token> until(Set<String> stopWords, Set<String> stopPunct) {
    int from = pos;
    int depth = 0;
    while (!atEnd()) {
      Token t = tokens.get(pos);
      if (depth == 0 && pos > from) {
        if (t.kind() == TokenKind.IDENT && stopWords.contains(t.value())) {
          break;
        }
        if ((t.kind() == TokenKind.PUNCT || t.kind() == TokenKind.OPERATOR)
            && stopPunct.contains(t.text())) {
          break;
        }
      }
      if (isOpen(t)) {
        depth++;
      } else if (isClose(t)) {
        if (depth == 0) {
          break;
        }
        depth--;
      }
      pos++;
    }
    return tokens.subList(from, pos);
  }

  /** The rest of the statement. */
  List<Token> rest() {
    List<Token> r = tokens.subList(pos, tokens.size());
    pos = tokens.size();
    return r;
  }

  /** Splits tokens on top-level commas. */
  static List<List<Token>> splitCommas(List<Token> ts) {
    List<List<Token>> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < ts.size(); i++) {
      Token t = ts.get(i);
      if (isOpen(t)) {
        depth++;
      } else if (isClose(t)) {
        depth--;
      } else if (depth == 0 && t.kind() == TokenKind.PUNCT && t.text().equals(",")) {
        out.add(ts.subList(from, i));
        from = i + 1;
      }
    }
    if (from < ts.size()) {
      out.add(ts.subList(from, ts.size()));
    }
    return out;
  }

  static boolean isOpen(Token t) {
    return t.kind() == TokenKind.PUNCT && (t.text().equals("(") || t.text().equals("["));
  }

  static boolean isClose(Token t) {
    return t.kind() == TokenKind.PUNCT && (t.text().equals(")") || t.text().equals("]"));
  }

  /** The parser's signal that a statement is not in the shape it expected: it becomes Opaque. */
  static final class ParseMiss extends RuntimeException {
    ParseMiss(String message) {
      super(message, null, false, false);
    }
  }
}
