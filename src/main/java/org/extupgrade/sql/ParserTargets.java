package org.extupgrade.sql;

import java.util.ArrayList;
import java.util.List;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;
import org.extupgrade.sql.stmt.Target;
import org.jspecify.annotations.Nullable;

/** Object kinds as DDL words, and object references as DROP, ALTER and COMMENT write them. */
final class ParserTargets {
  private ParserTargets() {}

  /**
   * Reads the kind words at the cursor ({@code MATERIALIZED VIEW}, {@code EVENT TRIGGER}); null if
   * none.
   */
  static @Nullable ObjectKind kind(ParserCursor c) {
    if (c.acceptWords("materialized", "view")) return ObjectKind.MATERIALIZED_VIEW;
    if (c.acceptWords("event", "trigger")) return ObjectKind.EVENT_TRIGGER;
    if (c.acceptWords("operator", "class")) return ObjectKind.OPERATOR_CLASS;
    if (c.acceptWords("operator", "family")) return ObjectKind.OPERATOR_FAMILY;
    if (c.acceptWords("foreign", "table")) return ObjectKind.TABLE;
    ObjectKind k =
        switch (c.peek() == null ? "" : c.peek().value()) {
          case "schema" -> ObjectKind.SCHEMA;
          case "table" -> ObjectKind.TABLE;
          case "view" -> ObjectKind.VIEW;
          case "index" -> ObjectKind.INDEX;
          case "sequence" -> ObjectKind.SEQUENCE;
          case "type", "domain" -> ObjectKind.TYPE;
          case "function" -> ObjectKind.FUNCTION;
          case "procedure" -> ObjectKind.PROCEDURE;
          case "routine" -> ObjectKind.FUNCTION;
          case "aggregate" -> ObjectKind.AGGREGATE;
          case "cast" -> ObjectKind.CAST;
          case "operator" -> ObjectKind.OPERATOR;
          case "trigger" -> ObjectKind.TRIGGER;
          case "policy" -> ObjectKind.POLICY;
          case "rule" -> ObjectKind.RULE;
          default -> null;
        };
    if (k != null) {
      c.next();
    }
    return k;
  }

  /** Reads one object reference of the given kind. */
  static Target target(ParserCursor c, ObjectKind kind) {
    switch (kind) {
      case CAST -> {
        List<Token> inner = c.parenthesized();
        int as = -1;
        for (int i = 0; i < inner.size(); i++) {
          if (inner.get(i).kind() == TokenKind.IDENT && inner.get(i).value().equals("as")) as = i;
        }
        if (as < 1) throw new ParserCursor.ParseMiss("cast without AS");
        return Target.of(castId(inner.subList(0, as), inner.subList(as + 1, inner.size())));
      }
      case TRIGGER, POLICY, RULE -> {
        String name = c.next().value();
        c.expectWord("on");
        ParserNames.QName t = ParserNames.qname(c);
        return Target.of(tableScoped(kind, name, t));
      }
      case OPERATOR -> {
        ParserNames.QName op = operatorName(c);
        List<String> args = new ArrayList<>();
        if (c.isPunct("(")) {
          for (List<Token> a : ParserCursor.splitCommas(c.parenthesized())) {
            args.add(
                a.size() == 1 && a.get(0).value().equals("none")
                    ? "none"
                    : ParserTypes.identity(a));
          }
          return Target.of(op.id(kind, args));
        }
        return new Target(op.id(kind), false);
      }
      case OPERATOR_CLASS, OPERATOR_FAMILY -> {
        ParserNames.QName q = ParserNames.qname(c);
        c.expectWord("using");
        return Target.of(q.id(kind, List.of(c.next().value())));
      }
      case FUNCTION, PROCEDURE, AGGREGATE -> {
        ParserNames.QName q = ParserNames.qname(c);
        if (c.isPunct("(")) {
          List<ParserRoutines.Arg> args = ParserRoutines.args(c.parenthesized());
          return Target.of(q.id(kind, ParserRoutines.identityArgs(args, kind)));
        }
        return new Target(q.id(kind), false);
      }
      case SCHEMA, EVENT_TRIGGER -> {
        return Target.of(ObjectId.of(kind, "", c.next().value()));
      }
      default -> {
        return Target.of(ParserNames.qname(c).id(kind));
      }
    }
  }

  static ObjectId castId(List<Token> from, List<Token> to) {
    String a = ParserTypes.identity(from);
    String b = ParserTypes.identity(to);
    return new ObjectId(ObjectKind.CAST, "", "(" + a + " AS " + b + ")", List.of(a, b));
  }

  static ObjectId tableScoped(ObjectKind kind, String name, ParserNames.QName table) {
    String t = table.id(ObjectKind.TABLE).qualifiedName();
    return new ObjectId(kind, table.schema(), name, List.of(t));
  }

  /** An operator name: {@code +}, {@code s.+} or {@code OPERATOR(s.+)}. */
  static ParserNames.QName operatorName(ParserCursor c) {
    String schema = ObjectId.EXTSCHEMA;
    if (c.peek() != null && ParserNames.isName(c.peek()) && c.isPunct(1, ".")) {
      schema = ParserNames.qname(new ParserCursor(List.of(c.next()), c.start())).name();
      c.next();
    }
    Token op = c.next();
    if (op.kind() != TokenKind.OPERATOR) throw new ParserCursor.ParseMiss("expected an operator");
    return new ParserNames.QName(schema, op.text());
  }
}
