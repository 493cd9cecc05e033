package org.extupgrade.stub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.extupgrade.sql.Token;
import org.extupgrade.sql.TokenKind;
import org.jspecify.annotations.Nullable;

/**
 * The parts of one {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE ... LANGUAGE c} statement that
 * stub mode needs, found on its tokens: the name, the argument types and modes, the result, and the
 * tokens of the {@code LANGUAGE} and {@code AS} clauses (which the stub replaces).
 *
 * @param name the function's name as PostgreSQL folds it (without schema)
 * @param procedure true for CREATE PROCEDURE
 * @param argTypes the last word of each argument's type (e.g. {@code internal}, {@code int4})
 * @param outArgs true if an argument is OUT or INOUT
 * @param result the last word of the result type, {@code table} for RETURNS TABLE, or "" for none
 * @param setof true for RETURNS SETOF or RETURNS TABLE
 * @param language the tokens of {@code LANGUAGE x} (two tokens)
 * @param asStart index of the {@code AS} token; asEnd one past its last string
 * @param library the module the AS clause names
 * @param symbol the C symbol (the function name when the AS clause has one item)
 */
record CFunction(
    String name,
    boolean procedure,
    List<String> argTypes,
    boolean outArgs,
    String result,
    boolean setof,
    int languageAt,
    int asStart,
    int asEnd,
    String library,
    String symbol) {

  private static final Set<String> CLAUSES =
      Set.of(
          "language",
          "as",
          "immutable",
          "stable",
          "volatile",
          "strict",
          "called",
          "security",
          "external",
          "leakproof",
          "not",
          "parallel",
          "cost",
          "rows",
          "set",
          "support",
          "window",
          "transform",
          "with",
          "begin",
          "return",
          "reset");

  CFunction {
    argTypes = List.copyOf(argTypes);
  }

  /**
   * The statement as a C function, or null if it is not a {@code CREATE FUNCTION ... LANGUAGE c}.
   */
  static @Nullable CFunction parse(List<Token> t) {
    int i = 0;
    if (!word(t, i, "create")) {
      return null;
    }
    i++;
    if (word(t, i, "or") && word(t, i + 1, "replace")) {
      i += 2;
    }
    boolean procedure = word(t, i, "procedure");
    if (!procedure && !word(t, i, "function")) {
      return null;
    }
    i++;
    String name = "";
    while (i < t.size() && !t.get(i).isSymbol("(")) {
      if (t.get(i).kind() == TokenKind.IDENT || t.get(i).kind() == TokenKind.QUOTED_IDENT) {
        name = t.get(i).value();
      }
      i++;
    }
    int close = matching(t, i);
    if (close < 0) {
      return null;
    }
    List<List<Token>> args = split(t, i + 1, close);
    List<String> argTypes = new ArrayList<>();
    boolean out = false;
    for (List<Token> a : args) {
      List<Token> type = stripDefault(a);
      for (int k = 0; k < Math.min(2, type.size()); k++) {
        if (type.get(k).isWord("out") || type.get(k).isWord("inout")) {
          out = true;
        }
      }
      argTypes.add(lastWord(type));
    }
    String result = "";
    boolean setof = false;
    int languageAt = -1;
    int asStart = -1;
    int asEnd = -1;
    List<String> as = new ArrayList<>();
    i = close + 1;
    while (i < t.size()) {
      Token k = t.get(i);
      if (k.isWord("returns") && !word(t, i + 1, "null")) {
        i++;
        if (word(t, i, "table")) {
          result = "table";
          setof = true;
          i = after(t, i + 1);
          continue;
        }
        if (word(t, i, "setof")) {
          setof = true;
          i++;
        }
        int start = i;
        while (i < t.size() && !clause(t.get(i)) || withTimeZone(t, i)) {
          i = t.get(i).isSymbol("(") ? after(t, i) : i + 1;
        }
        result = lastWord(t.subList(start, i));
        continue;
      }
      if (k.isWord("language") && i + 1 < t.size()) {
        languageAt = i;
        i += 2;
        continue;
      }
      if (k.isWord("as")) {
        asStart = i;
        i++;
        while (i < t.size() && t.get(i).kind() == TokenKind.STRING) {
          as.add(t.get(i).value());
          i++;
          if (i < t.size() && t.get(i).isSymbol(",")) {
            i++;
          }
        }
        asEnd = i;
        continue;
      }
      i++;
    }
    if (languageAt < 0
        || !t.get(languageAt + 1).value().toLowerCase(Locale.ROOT).equals("c")
        || as.isEmpty()) {
      return null;
    }
    return new CFunction(
        name,
        procedure,
        argTypes,
        out,
        result,
        setof,
        languageAt,
        asStart,
        asEnd,
        as.get(0),
        as.size() > 1 ? as.get(1) : name);
  }

  private static boolean withTimeZone(List<Token> t, int i) {
    return word(t, i, "with") && word(t, i + 1, "time");
  }

  private static boolean clause(Token t) {
    return t.kind() == TokenKind.IDENT && CLAUSES.contains(t.value());
  }

  private static boolean word(List<Token> t, int i, String w) {
    return i < t.size() && t.get(i).isWord(w);
  }

  /** The index after the parenthesis closing the one at {@code open} (the end if unclosed). */
  private static int after(List<Token> t, int open) {
    int close = matching(t, open);
    return close < 0 ? t.size() : close + 1;
  }

  /** Index of the parenthesis closing the one at {@code open}, or -1. */
  static int matching(List<Token> t, int open) {
    int depth = 0;
    for (int i = open; i < t.size(); i++) {
      if (t.get(i).isSymbol("(")) {
        depth++;
      } else if (t.get(i).isSymbol(")") && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The top-level comma-separated parts of {@code t[from, to)}. */
  static List<List<Token>> split(List<Token> t, int from, int to) {
    List<List<Token>> out = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      Token k = t.get(i);
      if (k.isSymbol("(") || k.isSymbol("[")) {
        depth++;
      } else if (k.isSymbol(")") || k.isSymbol("]")) {
        depth--;
      } else if (k.isSymbol(",") && depth == 0) {
        out.add(t.subList(start, i));
        start = i + 1;
      }
    }
    if (to > start) {
      out.add(t.subList(start, to));
    }
    return out;
  }

  private static List<Token> stripDefault(List<Token> arg) {
    for (int i = 0; i < arg.size(); i++) {
      if (arg.get(i).isWord("default") || arg.get(i).isSymbol("=")) {
        return arg.subList(0, i);
      }
    }
    return arg;
  }

  /**
   * The last identifier before any {@code (}, {@code [} or {@code %}: the type's own name, with
   * {@code []} added for an array ({@code cstring[]} is an ordinary type, {@code cstring} is not).
   */
  static String lastWord(List<Token> type) {
    String last = "";
    for (Token k : type) {
      if (k.isSymbol("[") || k.isWord("array")) {
        return last + "[]";
      }
      if (k.isSymbol("(") || k.isSymbol("%")) {
        break;
      }
      if (k.kind() == TokenKind.IDENT || k.kind() == TokenKind.QUOTED_IDENT) {
        last = k.value();
      }
    }
    return last;
  }
}
