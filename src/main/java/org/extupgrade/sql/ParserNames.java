package org.extupgrade.sql;

import java.util.ArrayList;
import java.util.List;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;

/** Qualified names and normalized token text, shared by the statement parsers. */
final class ParserNames {
  private ParserNames() {}

  /**
   * A schema-qualified name; unqualified and {@code @extschema@} names are in {@link
   * ObjectId#EXTSCHEMA}.
   */
  record QName(String schema, String name) {
    ObjectId id(ObjectKind kind) {
      return ObjectId.of(kind, schema, name);
    }

    ObjectId id(ObjectKind kind, List<String> args) {
      return new ObjectId(kind, schema, name, args);
    }
  }

  static boolean isName(Token t) {
    return t.kind() == TokenKind.IDENT
        || t.kind() == TokenKind.QUOTED_IDENT
        || t.kind() == TokenKind.PLACEHOLDER;
  }

  /**
   * Reads {@code a}, {@code s.a} or {@code @extschema@.a} (also {@code db.s.a}: the last two
   * parts).
   */
  static QName qname(ParserCursor c) {
    List<String> parts = new ArrayList<>();
    parts.add(part(c.next()));
    while (c.isPunct(".") && c.peek(1) != null && isName(c.peek(1))) {
      c.next();
      parts.add(part(c.next()));
    }
    String name = parts.get(parts.size() - 1);
    String schema = parts.size() == 1 ? ObjectId.EXTSCHEMA : parts.get(parts.size() - 2);
    return new QName(schema, name);
  }

  /** Reads the dot-separated parts of a name as written ({@code a.b.c}: three parts). */
  static List<String> parts(ParserCursor c) {
    List<String> parts = new ArrayList<>();
    parts.add(part(c.next()));
    while (c.isPunct(".") && c.peek(1) != null && isName(c.peek(1))) {
      c.next();
      parts.add(part(c.next()));
    }
    return parts;
  }

  /** Reads a qualified name from a string literal's contents ({@code 'ext.tbl'}). */
  static QName qnameFromString(String s) {
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"') {
        if (quoted && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else {
          quoted = !quoted;
          wasQuoted = true;
        }
      } else if (ch == '.' && !quoted) {
        parts.add(fold(cur.toString().trim(), wasQuoted));
        cur.setLength(0);
        wasQuoted = false;
      } else {
        cur.append(ch);
      }
    }
    parts.add(fold(cur.toString().trim(), wasQuoted));
    String name = parts.get(parts.size() - 1);
    String schema = parts.size() == 1 ? ObjectId.EXTSCHEMA : parts.get(parts.size() - 2);
    if (schema.equals("@extschema@")) {
      schema = ObjectId.EXTSCHEMA;
    }
    return new QName(schema, name);
  }

  private static String fold(String s, boolean quoted) {
    return quoted ? s : s.toLowerCase(java.util.Locale.ROOT);
  }

  private static String part(Token t) {
    if (t.kind() == TokenKind.PLACEHOLDER) {
      return t.value().equals("extschema") ? ObjectId.EXTSCHEMA : "@" + t.value() + "@";
    }
    if (t.kind() == TokenKind.IDENT || t.kind() == TokenKind.QUOTED_IDENT) {
      return t.value();
    }
    throw new ParserCursor.ParseMiss("expected a name at " + t.at());
  }

  /**
   * Normalized text of tokens: identifiers folded (quoted ones kept exact), strings by value, one
   * space between tokens, and {@code @extschema@.} qualifiers dropped, so that text written with
   * and without the extension schema compares equal.
   */
  static String norm(List<Token> ts) {
    StringBuilder b = new StringBuilder();
    Token prev = null;
    for (int i = 0; i < ts.size(); i++) {
      Token t = ts.get(i);
      if (t.kind() == TokenKind.PLACEHOLDER
          && t.value().equals("extschema")
          && i + 1 < ts.size()
          && ts.get(i + 1).text().equals(".")) {
        i++;
        continue;
      }
      if (b.length() > 0 && spaceBefore(prev, t)) {
        b.append(' ');
      }
      b.append(tokenText(t));
      prev = t;
    }
    return b.toString();
  }

  /**
   * Readable spacing, the same on both sides of a comparison: {@code now()}, {@code a.b}, {@code
   * f(x, y)}.
   */
  private static boolean spaceBefore(@org.jspecify.annotations.Nullable Token prev, Token t) {
    if (prev == null) return true;
    String p = prev.text();
    String x = t.text();
    if (prev.kind() == TokenKind.PUNCT
        && (p.equals("(") || p.equals("[") || p.equals(".") || p.equals("::"))) return false;
    if (t.kind() == TokenKind.PUNCT
        && (x.equals(")")
            || x.equals("]")
            || x.equals(",")
            || x.equals(".")
            || x.equals("::")
            || x.equals("["))) return false;
    if (t.kind() == TokenKind.PUNCT && x.equals("(")) {
      return !(prev.kind() == TokenKind.IDENT || prev.kind() == TokenKind.QUOTED_IDENT);
    }
    if (prev.kind() == TokenKind.PLACEHOLDER && x.equals(".")) return false;
    return true;
  }

  static String tokenText(Token t) {
    return switch (t.kind()) {
      case IDENT -> t.value();
      case QUOTED_IDENT -> ObjectId.quote(t.value());
      case STRING -> "'" + t.value().replace("'", "''") + "'";
      default -> t.text();
    };
  }
}
