package org.extupgrade.sql;

import java.util.ArrayList;
import java.util.List;
import org.extupgrade.model.Location;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.UserError;
import org.extupgrade.sql.stmt.AddEnumValue;
import org.extupgrade.sql.stmt.ConfigDump;
import org.extupgrade.sql.stmt.DoBlock;
import org.extupgrade.sql.stmt.Stmt;
import org.jspecify.annotations.Nullable;

/** DO blocks (via {@link ParserPlpgsql}), {@code pg_extension_config_dump} calls and ADD VALUE. */
final class ParserDo {
  private ParserDo() {}

  /**
   * {@code SELECT|PERFORM [pg_catalog.]pg_extension_config_dump('tbl', 'cond')}; null otherwise.
   */
  static @Nullable Stmt configDump(ParserCursor c) {
    List<Token> ts = c.rest();
    for (int i = 0; i + 2 < ts.size(); i++) {
      Token t = ts.get(i);
      if (t.kind() == TokenKind.IDENT
          && t.value().equals("pg_extension_config_dump")
          && ts.get(i + 1).text().equals("(")
          && ts.get(i + 2).kind() == TokenKind.STRING) {
        String table = ts.get(i + 2).value();
        String cond = "";
        for (int j = i + 3; j < ts.size(); j++) {
          if (ts.get(j).kind() == TokenKind.STRING) {
            cond = ts.get(j).value();
            break;
          }
          if (ts.get(j).text().equals(")")) break;
        }
        ObjectId id = ParserNames.qnameFromString(table).id(org.extupgrade.model.ObjectKind.TABLE);
        return new ConfigDump(c.start(), id, cond);
      }
    }
    return null;
  }

  /** ALTER TYPE t ADD VALUE [IF NOT EXISTS] 'v' [BEFORE|AFTER 'w'], after ADD VALUE. */
  static Stmt addValue(ParserCursor c, ObjectId type) {
    boolean ine = c.acceptWords("if", "not", "exists");
    String label = c.next().value();
    String neighbour = null;
    boolean before = false;
    if (c.isWord("before") || c.isWord("after")) {
      before = c.next().value().equals("before");
      neighbour = c.next().value();
    }
    return new AddEnumValue(c.start(), type, label, ine, neighbour, before);
  }

  /** DO [LANGUAGE l] 'body' [LANGUAGE l], after DO. */
  static Stmt doBlock(ParserCursor c) {
    String language = "plpgsql";
    Token body = null;
    while (!c.atEnd()) {
      if (c.acceptWord("language")) {
        language = c.next().value();
      } else {
        Token t = c.next();
        if (t.kind() == TokenKind.STRING) body = t;
      }
    }
    if (body == null) throw new ParserCursor.ParseMiss("DO without a body");
    if (!language.equals("plpgsql")) {
      return new DoBlock(
          c.start(),
          List.of(),
          List.of(),
          List.of(new DoBlock.BlindSpot(c.start(), "DO block in language " + language)));
    }
    List<Token> tokens;
    try {
      tokens = Lexer.lex(c.start().file(), body.value());
    } catch (UserError e) {
      return new DoBlock(
          c.start(),
          List.of(),
          List.of(),
          List.of(
              new DoBlock.BlindSpot(c.start(), "DO body that cannot be read: " + e.getMessage())));
    }
    return new ParserPlpgsql(body, remap(tokens, body)).read(c.start());
  }

  /** Moves tokens lexed from a string's contents to their place in the script. */
  static List<Token> remap(List<Token> tokens, Token string) {
    Location base = string.at();
    String raw = string.text();
    int open = 1;
    if (raw.startsWith("$")) open = raw.indexOf('$', 1) + 1;
    else if (raw.startsWith("E") || raw.startsWith("e")) open = 2;
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      Location l = t.at();
      Location m =
          l.line() <= 1
              ? new Location(
                  base.file(), base.line(), base.column() + open + Math.max(0, l.column() - 1))
              : new Location(base.file(), base.line() + l.line() - 1, l.column());
      out.add(new Token(t.kind(), t.text(), t.value(), m));
    }
    return out;
  }
}
