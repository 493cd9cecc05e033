package org.extupgrade.sql;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.extupgrade.model.Location;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;
import org.extupgrade.model.UserError;
import org.extupgrade.sql.stmt.AlterOther;
import org.extupgrade.sql.stmt.AlterTable;
import org.extupgrade.sql.stmt.CommentOn;
import org.extupgrade.sql.stmt.Drop;
import org.extupgrade.sql.stmt.ExtensionMember;
import org.extupgrade.sql.stmt.Opaque;
import org.extupgrade.sql.stmt.Privilege;
import org.extupgrade.sql.stmt.Rename;
import org.extupgrade.sql.stmt.SetSchema;
import org.extupgrade.sql.stmt.Stmt;
import org.extupgrade.sql.stmt.Target;

/**
 * Parses an extension script into typed statements. Lexical errors are {@link SqlSyntaxError}s (a
 * {@link UserError}); a statement the model does not cover becomes {@link Opaque}, never an
 * exception.
 */
public final class Parser {
  private Parser() {}

  /** Lexes, splits and parses one script. */
  public static List<Stmt> parse(Path file, String text) {
    List<Token> tokens = Lexer.lex(file, text);
    ParserSource src = new ParserSource(text);
    List<Stmt> out = new ArrayList<>();
    for (RawStatement raw : Statements.split(tokens)) {
      // the lexer's compact token list builds a Token on every get(): materialize each once
      out.add(statement(new ArrayList<>(raw.tokens()), raw.at(), src));
    }
    return out;
  }

  /** Parses one statement's tokens; never throws for unmodeled or malformed statements. */
  static Stmt statement(List<Token> tokens, Location at, ParserSource src) {
    ParserCursor c = new ParserCursor(tokens, at);
    try {
      Stmt s = dispatch(c, src.slice(tokens));
      return s != null ? s : opaque(tokens, at);
    } catch (ParserCursor.ParseMiss | IndexOutOfBoundsException | IllegalArgumentException e) {
      return opaque(tokens, at);
    }
  }

  static Opaque opaque(List<Token> tokens, Location at) {
    List<String> words = new ArrayList<>();
    for (Token t : tokens) {
      if (t.kind() != TokenKind.IDENT || words.size() == 3) break;
      words.add(t.value().toUpperCase(Locale.ROOT));
    }
    return new Opaque(at, words.isEmpty() ? "?" : String.join(" ", words));
  }

  private static Stmt dispatch(ParserCursor c, String src) {
    if (c.acceptWord("create")) return create(c, src);
    if (c.acceptWord("alter")) return alter(c);
    if (c.acceptWord("drop")) return drop(c);
    if (c.acceptWords("comment", "on")) return comment(c);
    if (c.isWord("grant") || c.isWord("revoke")) {
      boolean g = c.isWord("grant");
      return new Privilege(c.start(), g, ParserNames.norm(c.rest()));
    }
    if (c.isWord("select") || c.isWord("perform")) return ParserDo.configDump(c);
    if (c.acceptWord("do")) return ParserDo.doBlock(c);
    return null;
  }

  private static Stmt create(ParserCursor c, String src) {
    boolean orReplace = c.acceptWords("or", "replace");
    c.acceptWord("temp");
    c.acceptWord("temporary");
    c.acceptWord("unlogged");
    c.acceptWord("trusted");
    c.acceptWord("procedural");
    if (c.acceptWord("function"))
      return ParserRoutines.create(c, ObjectKind.FUNCTION, orReplace, src);
    if (c.acceptWord("procedure"))
      return ParserRoutines.create(c, ObjectKind.PROCEDURE, orReplace, src);
    if (c.acceptWord("aggregate")) return ParserRoutines.aggregate(c, orReplace, src);
    if (c.acceptWord("table")) return ParserTables.create(c, src);
    if (c.acceptWords("unique", "index")) return ParserObjects.index(c, true, src);
    if (c.acceptWord("index")) return ParserObjects.index(c, false, src);
    if (c.acceptWord("recursive") && c.acceptWord("view") || c.acceptWord("view")) {
      return ParserObjects.view(c, ObjectKind.VIEW, orReplace, src);
    }
    if (c.acceptWords("materialized", "view"))
      return ParserObjects.view(c, ObjectKind.MATERIALIZED_VIEW, false, src);
    if (c.acceptWord("sequence")) return ParserObjects.sequence(c, src);
    if (c.acceptWord("type")) return ParserObjects.type(c, src);
    if (c.acceptWord("domain")) return ParserObjects.domain(c, src);
    if (c.acceptWord("schema")) return ParserObjects.schema(c, src);
    if (c.acceptWord("cast")) return ParserObjects.cast(c, src);
    if (c.acceptWords("operator", "class"))
      return ParserObjects.opclass(c, ObjectKind.OPERATOR_CLASS, src);
    if (c.acceptWords("operator", "family"))
      return ParserObjects.opclass(c, ObjectKind.OPERATOR_FAMILY, src);
    if (c.acceptWord("operator")) return ParserObjects.operator(c, src);
    if (c.acceptWords("event", "trigger")) return ParserObjects.eventTrigger(c, src);
    if (c.acceptWords("constraint", "trigger") || c.acceptWord("trigger")) {
      return ParserObjects.tableScoped(c, ObjectKind.TRIGGER, orReplace, src);
    }
    if (c.acceptWord("policy")) return ParserObjects.tableScoped(c, ObjectKind.POLICY, false, src);
    if (c.acceptWord("rule")) return ParserObjects.tableScoped(c, ObjectKind.RULE, orReplace, src);
    return null;
  }

  private static Stmt alter(ParserCursor c) {
    if (c.acceptWord("extension")) {
      c.next();
      boolean add = c.acceptWord("add");
      if (!add && !c.acceptWord("drop")) return null;
      ObjectKind k = ParserTargets.kind(c);
      if (k == null) return null;
      return new ExtensionMember(c.start(), add, ParserTargets.target(c, k));
    }
    boolean routine = c.isWord("function") || c.isWord("procedure") || c.isWord("routine");
    ObjectKind kind = ParserTargets.kind(c);
    if (kind == null) return null;
    if (c.isWord("all") && c.isWord(1, "in")) return null; // ALTER TABLE ALL IN TABLESPACE
    boolean ifExists = c.acceptWords("if", "exists");
    boolean only = kind == ObjectKind.TABLE && c.acceptWord("only");
    Target t = ParserTargets.target(c, kind);
    if (kind == ObjectKind.TABLE) c.acceptPunct("*");
    if (c.acceptWords("rename", "to")) return new Rename(c.start(), t, ifExists, c.next().value());
    if (c.acceptWords("set", "schema")) {
      Token s = c.next();
      return new SetSchema(
          c.start(),
          t,
          ifExists,
          s.kind() == TokenKind.PLACEHOLDER ? org.extupgrade.model.ObjectId.EXTSCHEMA : s.value());
    }
    if (c.isWord("owner")) return new AlterOther(c.start(), t, ifExists, false);
    if (kind == ObjectKind.TYPE && c.acceptWords("add", "value"))
      return ParserDo.addValue(c, t.id());
    if (kind == ObjectKind.TABLE) {
      return new AlterTable(
          c.start(), t.id(), ifExists, only, ParserTables.actions(c, t.id().name()));
    }
    if (routine || kind == ObjectKind.AGGREGATE) return ParserRoutines.alter(c, t, ifExists);
    return new AlterOther(c.start(), t, ifExists, true);
  }

  private static Stmt drop(ParserCursor c) {
    ObjectKind kind = ParserTargets.kind(c);
    if (kind == null) return null;
    c.acceptWord("concurrently");
    boolean ifExists = c.acceptWords("if", "exists");
    List<Target> targets = new ArrayList<>();
    do {
      targets.add(ParserTargets.target(c, kind));
    } while (c.acceptPunct(","));
    boolean cascade = c.acceptWord("cascade");
    return new Drop(c.start(), targets, ifExists, cascade);
  }

  private static Stmt comment(ParserCursor c) {
    Target t;
    String column = "";
    if (c.acceptWord("column")) {
      List<String> parts = ParserNames.parts(c);
      if (parts.size() < 2) return null;
      column = parts.get(parts.size() - 1);
      String schema = parts.size() > 2 ? parts.get(parts.size() - 3) : ObjectId.EXTSCHEMA;
      t = Target.of(ObjectId.of(ObjectKind.TABLE, schema, parts.get(parts.size() - 2)));
    } else {
      ObjectKind kind = ParserTargets.kind(c);
      if (kind == null) return null;
      t = ParserTargets.target(c, kind);
    }
    c.expectWord("is");
    Token v = c.next();
    return new CommentOn(c.start(), t, column, v.kind() == TokenKind.STRING ? v.value() : null);
  }
}
