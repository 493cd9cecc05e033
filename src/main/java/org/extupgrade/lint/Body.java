package org.extupgrade.lint;

import java.util.ArrayList;
import java.util.List;
import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;
import org.extupgrade.sql.Lexer;
import org.extupgrade.sql.RawStatement;
import org.extupgrade.sql.Statements;
import org.extupgrade.sql.Token;

/**
 * The statements of a routine body or a DO block, lexed from its string token, each token placed
 * where it stands in the script (PL/pgSQL lexes as SQL closely enough for what the lint reads).
 */
final class Body {
  private Body() {}

  /** The statements in {@code string}'s contents; empty if they cannot be lexed. */
  static List<List<Token>> statements(Token string) {
    List<Token> tokens;
    try {
      tokens = Lexer.lex(string.at().file(), string.value());
    } catch (UserError e) {
      return List.of();
    }
    String text = string.text();
    int prefix = text.startsWith("$") ? text.indexOf('$', 1) + 1 : text.indexOf('\'') + 1;
    Location base = string.at();
    List<List<Token>> out = new ArrayList<>();
    for (RawStatement raw : Statements.split(tokens)) {
      List<Token> placed = new ArrayList<>(raw.tokens().size());
      for (Token t : raw.tokens()) {
        Location l = t.at();
        int line = base.line() + l.line() - 1;
        int col = l.line() == 1 ? base.column() + prefix + l.column() - 1 : l.column();
        placed.add(new Token(t.kind(), t.text(), t.value(), new Location(l.file(), line, col)));
      }
      out.add(placed);
    }
    return out;
  }
}
