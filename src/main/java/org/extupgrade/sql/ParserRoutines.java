package org.extupgrade.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;
import org.extupgrade.sql.stmt.AlterRoutine;
import org.extupgrade.sql.stmt.Create;
import org.extupgrade.sql.stmt.GenericDef;
import org.extupgrade.sql.stmt.RoutineDef;
import org.extupgrade.sql.stmt.Stmt;
import org.extupgrade.sql.stmt.Target;
import org.jspecify.annotations.Nullable;

/** CREATE/ALTER of functions, procedures and aggregates; their argument lists and attributes. */
final class ParserRoutines {
  private ParserRoutines() {}

  static final Set<String> ATTRIBUTE_WORDS =
      Set.of(
          "language",
          "immutable",
          "stable",
          "volatile",
          "strict",
          "called",
          "returns",
          "security",
          "external",
          "leakproof",
          "not",
          "parallel",
          "cost",
          "rows",
          "support",
          "set",
          "as",
          "window",
          "transform",
          "begin",
          "return",
          "reset",
          "rename",
          "owner",
          "depends",
          "no",
          "restrict");
  private static final Set<String> MODES = Set.of("in", "out", "inout", "variadic");

  /**
   * One argument of a routine as written.
   *
   * @param dflt its default, normalized tokens, or {@code ""}
   */
  record Arg(String mode, @Nullable String name, String type, String dflt) {}

  /** Parses an argument list's contents. */
  static List<Arg> args(List<Token> inner) {
    List<Arg> out = new ArrayList<>();
    if (inner.size() == 1 && inner.get(0).text().equals("*")) {
      return out;
    }
    for (List<Token> one : ParserCursor.splitCommas(inner)) {
      int end = one.size();
      for (int i = 0; i < one.size(); i++) {
        Token t = one.get(i);
        if ((t.kind() == TokenKind.IDENT && t.value().equals("default"))
            || (t.kind() == TokenKind.OPERATOR && t.text().equals("="))) {
          end = i;
          break;
        }
      }
      List<Token> ts = one.subList(0, end);
      String mode = "in";
      if (ts.size() > 1
          && ts.get(0).kind() == TokenKind.IDENT
          && MODES.contains(ts.get(0).value())) {
        mode = ts.get(0).value();
        ts = ts.subList(1, ts.size());
      }
      String name = null;
      if (ts.size() > 1 && hasName(ts)) {
        name = ts.get(0).value();
        ts = ts.subList(1, ts.size());
      }
      if (ts.isEmpty()) {
        throw new ParserCursor.ParseMiss("empty argument");
      }
      String dflt = end < one.size() ? ParserNames.norm(one.subList(end + 1, one.size())) : "";
      out.add(new Arg(mode, name, ParserTypes.identity(ts), dflt));
    }
    return out;
  }

  private static boolean hasName(List<Token> ts) {
    Token a = ts.get(0);
    Token b = ts.get(1);
    if (a.kind() != TokenKind.IDENT && a.kind() != TokenKind.QUOTED_IDENT) {
      return false;
    }
    if (b.kind() == TokenKind.PLACEHOLDER || b.kind() == TokenKind.QUOTED_IDENT) {
      return true;
    }
    if (b.kind() != TokenKind.IDENT) {
      return false;
    }
    String x = a.value();
    String y = b.value();
    boolean multiWord =
        a.kind() == TokenKind.IDENT
            && (x.equals("double") && y.equals("precision")
                || (x.equals("character") || x.equals("char") || x.equals("bit"))
                    && y.equals("varying")
                || (x.equals("timestamp") || x.equals("time"))
                    && (y.equals("with") || y.equals("without"))
                || x.equals("national")
                || x.equals("interval"));
    return !multiWord;
  }

  /** The identity argument types: OUT arguments are not part of a function's identity. */
  static List<String> identityArgs(List<Arg> args, ObjectKind kind) {
    List<String> out = new ArrayList<>();
    for (Arg a : args) {
      if (a.mode().equals("out") && kind != ObjectKind.PROCEDURE) {
        continue;
      }
      out.add(a.type());
    }
    return out;
  }

  /** CREATE [OR REPLACE] FUNCTION|PROCEDURE, the cursor after the kind word. */
  static Stmt create(ParserCursor c, ObjectKind kind, boolean orReplace, String source) {
    ParserNames.QName q = ParserNames.qname(c);
    List<Arg> args = args(c.parenthesized());
    ObjectId id = q.id(kind, identityArgs(args, kind));
    String result = kind == ObjectKind.PROCEDURE ? "" : "void";
    Map<String, String> attrs = new HashMap<>();
    while (!c.atEnd()) {
      if (c.acceptWord("returns")) {
        if (c.isWord("null")) {
          c.reset(c.pos() - 1);
          if (!readAttribute(c, attrs)) {
            c.next(); // RETURNS NULL without ON NULL INPUT: skip both words
            c.next();
          }
        } else if (c.acceptWord("table")) {
          List<String> cols = new ArrayList<>();
          for (Arg a : args(c.parenthesized())) {
            cols.add((a.name() == null ? "" : ObjectId.quote(a.name()) + " ") + a.type());
          }
          result = "TABLE(" + String.join(", ", cols) + ")";
        } else {
          result = ParserTypes.identity(c.until(ATTRIBUTE_WORDS, Set.of()));
        }
      } else if (!readAttribute(c, attrs)) {
        c.next();
      }
    }
    if (result.equals("void") && kind == ObjectKind.FUNCTION) {
      // RETURNS omitted: the OUT arguments make the result
      List<String> outs = new ArrayList<>();
      for (Arg a : args) {
        if (!a.mode().equals("in") && !a.mode().equals("variadic")) outs.add(a.type());
      }
      if (outs.size() == 1) result = outs.get(0);
      else if (outs.size() > 1) result = "record";
    }
    RoutineDef def =
        new RoutineDef(
            result,
            attrs.getOrDefault("language", ""),
            attrs.getOrDefault("volatility", "volatile"),
            "strict".equals(attrs.get("strict")),
            "security definer".equals(attrs.get("security")),
            "leakproof".equals(attrs.get("leakproof")),
            attrs.getOrDefault("parallel", "unsafe"),
            attrs.getOrDefault("cost", ""),
            attrs.getOrDefault("rows", ""),
            attrs.containsKey("set") ? List.of(attrs.get("set").split("; ")) : List.of(),
            attrs.getOrDefault("body", ""),
            args.stream().map(a -> a.name() == null ? "" : a.name()).toList(),
            args.stream().map(Arg::dflt).toList());
    return new Create(c.start(), id, orReplace, false, def, source);
  }

  /** Reads one routine attribute into {@code into}; false when the cursor is not at one. */
  static boolean readAttribute(ParserCursor c, Map<String, String> into) {
    if (c.acceptWord("language")) {
      into.put("language", c.next().value().toLowerCase(Locale.ROOT));
    } else if (c.isWord("immutable") || c.isWord("stable") || c.isWord("volatile")) {
      into.put("volatility", c.next().value());
    } else if (c.acceptWord("strict") || c.acceptWords("returns", "null", "on", "null", "input")) {
      into.put("strict", "strict");
    } else if (c.acceptWords("called", "on", "null", "input")) {
      into.put("strict", "called on null input");
    } else if (c.acceptWord("external") || c.isWord("security")) {
      c.expectWord("security");
      into.put("security", "security " + c.next().value());
    } else if (c.acceptWord("leakproof")) {
      into.put("leakproof", "leakproof");
    } else if (c.acceptWords("not", "leakproof")) {
      into.put("leakproof", "not leakproof");
    } else if (c.acceptWord("parallel")) {
      into.put("parallel", c.next().value());
    } else if (c.acceptWord("cost")) {
      into.put("cost", c.next().text());
    } else if (c.acceptWord("rows")) {
      into.put("rows", c.next().text());
    } else if (c.acceptWord("set")) {
      String setting = setting(c.until(ATTRIBUTE_WORDS, Set.of()));
      into.merge("set", setting, (a, b) -> a + "; " + b);
    } else if (c.acceptWord("as")) {
      String body = c.next().value();
      if (c.acceptPunct(",")) {
        body = body + "|" + c.next().value();
      }
      into.put("body", body);
    } else if (c.isWord("begin") || c.isWord("return")) {
      into.put("body", ParserNames.norm(c.rest()));
    } else {
      return false;
    }
    return true;
  }

  /**
   * A {@code SET name = value} or {@code SET name TO value} clause as PostgreSQL stores it in
   * proconfig: {@code name = v1, v2}, string literals by value (search_path elements quoted only
   * where an identifier needs it); {@code FROM CURRENT} and anything unusual as written.
   */
  static String setting(List<Token> ts) {
    if (ts.size() < 3
        || ts.get(0).kind() != TokenKind.IDENT
        || !(ts.get(1).text().equals("=") || ts.get(1).isWord("to"))) return ParserNames.norm(ts);
    String name = ts.get(0).value();
    List<String> values = new ArrayList<>();
    for (List<Token> v : ParserCursor.splitCommas(ts.subList(2, ts.size()))) {
      if (v.size() != 1) return ParserNames.norm(ts);
      Token t = v.get(0);
      boolean literal = t.kind() == TokenKind.STRING || t.kind() == TokenKind.QUOTED_IDENT;
      String x = literal || t.kind() == TokenKind.IDENT ? t.value() : t.text();
      values.add(name.equals("search_path") ? ObjectId.quote(x) : x);
    }
    return name + " = " + String.join(", ", values);
  }

  /** ALTER FUNCTION|PROCEDURE|ROUTINE f(args) attribute ..., after the name and arguments. */
  static Stmt alter(ParserCursor c, Target target, boolean ifExists) {
    Map<String, String> changes = new HashMap<>();
    while (!c.atEnd()) {
      if (c.acceptWord("reset")) {
        if (c.acceptWord("all")) {
          changes.put("set", "");
        } else {
          c.next();
        }
      } else if (!readAttribute(c, changes)) {
        c.next();
      }
    }
    changes.remove("body");
    changes.remove("language");
    return new AlterRoutine(c.start(), target, ifExists, changes);
  }

  /** CREATE [OR REPLACE] AGGREGATE, the cursor after AGGREGATE. */
  static Stmt aggregate(ParserCursor c, boolean orReplace, String source) {
    ParserNames.QName q = ParserNames.qname(c);
    List<Token> first = c.parenthesized();
    List<String> argTypes;
    String def;
    if (first.size() > 1 && first.get(1).text().equals("=")) {
      // old syntax: CREATE AGGREGATE name (BASETYPE = t, SFUNC = ..., ...)
      argTypes = new ArrayList<>();
      for (List<Token> opt : ParserCursor.splitCommas(first)) {
        if (opt.get(0).value().equals("basetype")) {
          String t = ParserTypes.identity(opt.subList(2, opt.size()));
          if (!t.equals("any") && !t.equals("\"any\"")) argTypes.add(t);
        }
      }
      def = ParserNames.norm(first);
    } else {
      List<Token> direct = first;
      List<Token> ordered = List.of();
      for (int i = 0; i < first.size(); i++) {
        if (first.get(i).value().equals("order")
            && i + 1 < first.size()
            && first.get(i + 1).value().equals("by")) {
          direct = first.subList(0, i);
          ordered = first.subList(i + 2, first.size());
          break;
        }
      }
      argTypes =
          new ArrayList<>(
              identityArgs(direct.isEmpty() ? List.of() : args(direct), ObjectKind.AGGREGATE));
      if (!ordered.isEmpty()) argTypes.addAll(identityArgs(args(ordered), ObjectKind.AGGREGATE));
      def =
          ParserOptions.normalize(
              c.isPunct("(") ? c.parenthesized() : List.of(), ParserOptions.AGGREGATE);
    }
    return new Create(
        c.start(),
        q.id(ObjectKind.AGGREGATE, argTypes),
        orReplace,
        false,
        new GenericDef(def),
        source);
  }
}
