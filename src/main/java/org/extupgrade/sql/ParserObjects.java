package org.extupgrade.sql;

import java.util.ArrayList;
import java.util.List;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;
import org.extupgrade.sql.stmt.Create;
import org.extupgrade.sql.stmt.EnumDef;
import org.extupgrade.sql.stmt.GenericDef;
import org.extupgrade.sql.stmt.Stmt;

/**
 * CREATE of objects whose definition is compared as normalized text: indexes, views, sequences,
 * types, domains, schemas, casts, operators, operator classes and families, triggers, event
 * triggers, policies, rules.
 */
final class ParserObjects {
  private ParserObjects() {}

  private static Create make(
      ParserCursor c, ObjectId id, boolean orReplace, boolean ine, List<Token> def, String src) {
    return new Create(c.start(), id, orReplace, ine, new GenericDef(ParserNames.norm(def)), src);
  }

  /** CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON table ..., after INDEX. */
  static Stmt index(ParserCursor c, boolean unique, String src) {
    c.acceptWord("concurrently");
    boolean ine = c.acceptWords("if", "not", "exists");
    String name = null;
    if (!c.isWord("on")) {
      name = ParserNames.qname(c).name();
    }
    int defStart = c.pos();
    c.expectWord("on");
    c.acceptWord("only");
    ParserNames.QName table = ParserNames.qname(c);
    int afterTable = c.pos();
    if (name == null) {
      List<String> cols = new ArrayList<>();
      while (!c.atEnd() && !c.isPunct("(")) c.next();
      if (c.isPunct("(")) {
        for (List<Token> el : ParserCursor.splitCommas(c.parenthesized())) {
          cols.add(!el.isEmpty() && ParserNames.isName(el.get(0)) ? el.get(0).value() : "expr");
        }
      }
      name = table.name() + "_" + String.join("_", cols) + "_idx";
    }
    c.reset(defStart);
    List<Token> def = new ArrayList<>(c.rest());
    String text = (unique ? "unique " : "") + ParserNames.norm(def);
    ObjectId id = ObjectId.of(ObjectKind.INDEX, table.schema(), name);
    return new Create(c.start(), id, false, ine, new GenericDef(text), src);
  }

  /** CREATE [OR REPLACE] [RECURSIVE] VIEW and CREATE MATERIALIZED VIEW [IF NOT EXISTS]. */
  static Stmt view(ParserCursor c, ObjectKind kind, boolean orReplace, String src) {
    boolean ine = c.acceptWords("if", "not", "exists");
    ParserNames.QName q = ParserNames.qname(c);
    return make(c, q.id(kind), orReplace, ine, c.rest(), src);
  }

  /** CREATE SEQUENCE [IF NOT EXISTS] name options. */
  static Stmt sequence(ParserCursor c, String src) {
    boolean ine = c.acceptWords("if", "not", "exists");
    ParserNames.QName q = ParserNames.qname(c);
    return make(c, q.id(ObjectKind.SEQUENCE), false, ine, c.rest(), src);
  }

  /** CREATE TYPE name [AS ENUM (...) | AS (...) | AS RANGE (...) | (...)], or a shell type. */
  static Stmt type(ParserCursor c, String src) {
    ParserNames.QName q = ParserNames.qname(c);
    ObjectId id = q.id(ObjectKind.TYPE);
    if (c.acceptWords("as", "enum")) {
      List<String> labels = new ArrayList<>();
      for (List<Token> l : ParserCursor.splitCommas(c.parenthesized())) {
        labels.add(l.get(0).value());
      }
      return new Create(c.start(), id, false, false, new EnumDef(labels), src);
    }
    if (c.isPunct("(")) {
      String opts = ParserOptions.normalize(c.parenthesized(), ParserOptions.BASE_TYPE);
      return new Create(c.start(), id, false, false, new GenericDef(opts), src);
    }
    return make(c, id, false, false, c.rest(), src);
  }

  /** CREATE DOMAIN name [AS] type ...: a type. */
  static Stmt domain(ParserCursor c, String src) {
    ParserNames.QName q = ParserNames.qname(c);
    c.acceptWord("as");
    List<Token> rest = c.rest();
    return new Create(
        c.start(),
        q.id(ObjectKind.TYPE),
        false,
        false,
        new GenericDef("domain " + ParserNames.norm(rest)),
        src);
  }

  /**
   * CREATE SCHEMA [IF NOT EXISTS] name [AUTHORIZATION role] or CREATE SCHEMA AUTHORIZATION role.
   */
  static Stmt schema(ParserCursor c, String src) {
    boolean ine = c.acceptWords("if", "not", "exists");
    String name;
    if (c.acceptWord("authorization")) {
      name = c.next().value();
    } else {
      Token t = c.next();
      name = t.kind() == TokenKind.PLACEHOLDER ? ObjectId.EXTSCHEMA : t.value();
    }
    return new Create(
        c.start(), ObjectId.of(ObjectKind.SCHEMA, "", name), false, ine, new GenericDef(""), src);
  }

  /** CREATE CAST (a AS b) WITH FUNCTION ... | WITHOUT FUNCTION | WITH INOUT [AS ...]. */
  static Stmt cast(ParserCursor c, String src) {
    ObjectId id = ParserTargets.target(c, ObjectKind.CAST).id();
    return make(c, id, false, false, c.rest(), src);
  }

  /** CREATE OPERATOR name (LEFTARG = a, RIGHTARG = b, ...). */
  static Stmt operator(ParserCursor c, String src) {
    ParserNames.QName op = ParserTargets.operatorName(c);
    List<Token> opts = c.parenthesized();
    String left = "none";
    String right = "none";
    for (List<Token> o : ParserCursor.splitCommas(opts)) {
      if (o.size() > 2 && o.get(0).value().equals("leftarg"))
        left = ParserTypes.identity(o.subList(2, o.size()));
      if (o.size() > 2 && o.get(0).value().equals("rightarg"))
        right = ParserTypes.identity(o.subList(2, o.size()));
    }
    return new Create(
        c.start(),
        op.id(ObjectKind.OPERATOR, List.of(left, right)),
        false,
        false,
        new GenericDef(ParserOptions.normalize(opts, ParserOptions.OPERATOR)),
        src);
  }

  /** CREATE OPERATOR CLASS|FAMILY name ... USING method ... */
  static Stmt opclass(ParserCursor c, ObjectKind kind, String src) {
    ParserNames.QName q = ParserNames.qname(c);
    int start = c.pos();
    List<Token> rest = c.rest();
    String method = "";
    for (int i = 0; i + 1 < rest.size(); i++) {
      if (rest.get(i).kind() == TokenKind.IDENT && rest.get(i).value().equals("using")) {
        method = rest.get(i + 1).value();
        break;
      }
    }
    c.reset(start);
    return make(c, q.id(kind, List.of(method)), false, false, c.rest(), src);
  }

  /** CREATE [OR REPLACE] [CONSTRAINT] TRIGGER name ... ON table ..., and POLICY/RULE likewise. */
  static Stmt tableScoped(ParserCursor c, ObjectKind kind, boolean orReplace, String src) {
    String name = c.next().value();
    int start = c.pos();
    String onWord = kind == ObjectKind.RULE ? "to" : "on";
    while (!c.atEnd() && !c.isWord(onWord)) {
      if (c.isPunct("(")) c.parenthesized();
      else c.next();
    }
    c.expectWord(onWord);
    ParserNames.QName table = ParserNames.qname(c);
    c.reset(start);
    return make(c, ParserTargets.tableScoped(kind, name, table), orReplace, false, c.rest(), src);
  }

  /** CREATE EVENT TRIGGER name ON event .... */
  static Stmt eventTrigger(ParserCursor c, String src) {
    String name = c.next().value();
    return make(c, ObjectId.of(ObjectKind.EVENT_TRIGGER, "", name), false, false, c.rest(), src);
  }
}
