package org.extupgrade.stub;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.extupgrade.sql.RawStatement;
import org.extupgrade.sql.Token;
import org.extupgrade.sql.TokenKind;
import org.jspecify.annotations.Nullable;

/**
 * Base types ({@code CREATE TYPE x (INPUT = ..., OUTPUT = ...)}) whose I/O functions stub mode must
 * make work: a built-in family whose storage matches the type's ({@code INTERNALLENGTH}, {@code
 * PASSEDBYVALUE}, {@code LIKE}) gives them, so values of the type can be stored and printed.
 */
final class TypeIo {
  /** Storage to the built-in type whose I/O functions handle it. */
  private static final Map<String, String> FAMILIES =
      Map.of(
          "variable", "bytea",
          "1/byval", "char",
          "2/byval", "int2",
          "4/byval", "int4",
          "8/byval", "int8",
          // By reference, byte-aligned, and any bytes print: no alignment or content assumptions.
          "6", "macaddr",
          "8", "macaddr8",
          "16", "uuid");

  /** LIKE = t, by t's name, to the storage key above. */
  private static final Map<String, String> LIKE =
      Map.ofEntries(
          Map.entry("bytea", "variable"),
          Map.entry("text", "variable"),
          Map.entry("varchar", "variable"),
          Map.entry("int2", "2/byval"),
          Map.entry("smallint", "2/byval"),
          Map.entry("int4", "4/byval"),
          Map.entry("integer", "4/byval"),
          Map.entry("int8", "8/byval"),
          Map.entry("bigint", "8/byval"),
          Map.entry("uuid", "16"));

  private TypeIo() {}

  /**
   * A built-in for one I/O function of one base type; it is used only for a function whose
   * signature is the one the role has (a same-named overload keeps an ordinary stub).
   */
  record Binding(String builtin, String role, String type) {
    boolean fits(CFunction f) {
      List<String> a = f.argTypes();
      String r = f.result();
      boolean one = a.size() == 1;
      return switch (role) {
        case "input" -> !a.isEmpty() && a.get(0).equals("cstring") && r.equals(type);
        case "output" -> one && a.get(0).equals(type) && r.equals("cstring");
        case "receive" -> !a.isEmpty() && a.get(0).equals("internal") && r.equals(type);
        case "send" -> one && a.get(0).equals(type) && r.equals("bytea");
        case "typmod_in" -> one && a.get(0).equals("cstring[]") && isInt4(r);
        case "typmod_out" -> one && isInt4(a.get(0)) && r.equals("cstring");
        default -> false;
      };
    }

    private static boolean isInt4(String t) {
      return t.equals("int4") || t.equals("integer") || t.equals("int");
    }
  }

  /**
   * The index of the {@code (} that opens a base type's attributes in {@code CREATE TYPE x (...)},
   * or -1 for another statement (a shell type, {@code AS} composite or enum, anything else).
   */
  static int baseTypeOpen(List<Token> t) {
    if (t.size() < 4 || !t.get(0).isWord("create") || !t.get(1).isWord("type")) {
      return -1;
    }
    int open = 2;
    while (open < t.size() && !t.get(open).isSymbol("(") && !t.get(open).isWord("as")) {
      open++;
    }
    return open < t.size() && t.get(open).isSymbol("(") ? open : -1;
  }

  /**
   * Adds, for each I/O function of each base type in {@code statements}, the built-in to bind it to
   * (function name to built-in), and for types with no safe family, the type's name to "".
   */
  static void scan(
      List<RawStatement> statements, Map<String, Binding> io, Map<String, String> noFamily) {
    for (RawStatement s : statements) {
      List<Token> t = s.tokens();
      int open = baseTypeOpen(t);
      if (open < 0) {
        continue;
      }
      int close = CFunction.matching(t, open);
      if (close < 0) {
        continue;
      }
      Map<String, String> attrs = new TreeMap<>();
      for (List<Token> a : CFunction.split(t, open + 1, close)) {
        if (a.isEmpty()) {
          continue;
        }
        attrs.put(a.get(0).value(), a.size() > 2 ? value(a.subList(2, a.size())) : "");
      }
      if (!attrs.containsKey("input")) {
        continue;
      }
      String family = family(attrs);
      String typeName = CFunction.lastWord(t.subList(2, open));
      for (String role : List.of("typmod_in", "typmod_out")) {
        String fn = attrs.get(role);
        if (fn != null && !fn.isEmpty()) {
          // Storage-independent: one integer modifier kept as n + 4, printed back as (n).
          io.put(
              fn,
              new Binding(
                  role.equals("typmod_in") ? "varchartypmodin" : "varchartypmodout",
                  role,
                  typeName));
        }
      }
      for (String role : List.of("input", "output", "receive", "send")) {
        String fn = attrs.get(role);
        if (fn == null || fn.isEmpty()) {
          continue;
        }
        if (family == null) {
          noFamily.put(typeName, "");
        } else {
          io.put(fn, new Binding(builtin(family, role), role, typeName));
        }
      }
    }
  }

  /** A name's last part ({@code pg_catalog.int4} is int4), or a number's text ({@code -1}). */
  private static String value(List<Token> v) {
    boolean named =
        v.stream().anyMatch(k -> k.kind() == TokenKind.IDENT || k.kind() == TokenKind.QUOTED_IDENT);
    if (named) {
      return CFunction.lastWord(v);
    }
    StringBuilder b = new StringBuilder();
    v.forEach(k -> b.append(k.text()));
    return b.toString();
  }

  private static @Nullable String family(Map<String, String> attrs) {
    String key;
    if (attrs.containsKey("like")) {
      key = LIKE.get(attrs.get("like"));
    } else {
      String len = attrs.getOrDefault("internallength", "variable");
      key = len.equals("variable") || len.equals("-1") ? "variable" : len;
      if (attrs.containsKey("passedbyvalue")) {
        key += "/byval";
      }
    }
    return key == null ? null : FAMILIES.get(key);
  }

  private static String builtin(String family, String role) {
    String sep = family.equals("uuid") || family.startsWith("macaddr") ? "_" : "";
    return switch (role) {
      case "input" -> family + sep + "in";
      case "output" -> family + sep + "out";
      case "receive" -> family + sep + "recv";
      default -> family + sep + "send";
    };
  }
}
