package org.extupgrade.sql;

import java.util.Objects;
import org.extupgrade.model.Location;

/**
 * One token of a script.
 *
 * @param kind what it is
 * @param text the raw source slice (for a string continued across lines, all its parts and what
 *     lies between them; for {@code U&'..' UESCAPE '!'}, the UESCAPE clause too)
 * @param value the meaning of the token; see {@link TokenKind} for each kind
 * @param at where the token starts: file, 1-based line and column (in characters)
 */
public record Token(TokenKind kind, String text, String value, Location at) {

  public Token {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(at, "at");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a token has text");
    }
  }

  /** True for an unquoted identifier or key word equal to {@code word} (given in lower case). */
  public boolean isWord(String word) {
    return kind == TokenKind.IDENT && value.equals(word);
  }

  /** True for punctuation or an operator spelled exactly {@code symbol}. */
  public boolean isSymbol(String symbol) {
    return (kind == TokenKind.PUNCT || kind == TokenKind.OPERATOR) && text.equals(symbol);
  }

  @Override
  public String toString() {
    return at.line() + ":" + at.column() + " " + kind + " " + value;
  }
}
