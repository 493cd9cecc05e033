package org.extupgrade.lint;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extupgrade.model.FindingKind;
import org.extupgrade.sql.Token;

/**
 * What {@link ExpressionScan} found in one statement or body, by rule: reported as one finding per
 * rule at the first place, naming everything found, so that one view with twelve unqualified
 * operators is one finding (and one line to accept).
 */
final class Hits {
  private static final class Hit {
    final Token first;
    final Set<String> names = new LinkedHashSet<>();
    int count;

    Hit(Token first) {
      this.first = first;
    }
  }

  private final Map<FindingKind, Hit> hits = new EnumMap<>(FindingKind.class);

  void add(FindingKind kind, Token at, String name) {
    Hit h = hits.computeIfAbsent(kind, k -> new Hit(at));
    h.names.add(name);
    h.count++;
  }

  /**
   * The hits kept so far, as words ({@code lower(), operator *, IN (...), relation t}), and forgets
   * them instead of reporting them.
   */
  String drain() {
    List<String> out = new ArrayList<>();
    hits.forEach(
        (kind, h) -> {
          for (String n : h.names) {
            out.add(
                switch (kind) {
                  case UNQUALIFIED_OPERATOR -> "operator " + n;
                  case UNQUALIFIED_RELATION -> "relation " + n;
                  default -> n;
                });
          }
        });
    hits.clear();
    return String.join(", ", out);
  }

  /** Reports the hits kept so far, one finding per rule, about {@code owner}. */
  void flush(Context cx, String owner) {
    for (Map.Entry<FindingKind, Hit> e : hits.entrySet()) {
      Hit h = e.getValue();
      String names = String.join(", ", h.names);
      boolean many = h.names.size() > 1;
      String uses = h.count > 1 ? " (" + h.count + " uses)" : "";
      String are = many ? " are" : " is";
      String path = " where search_path is not safe";
      String[] text =
          switch (e.getKey()) {
            case UNQUALIFIED_FUNCTION_CALL ->
                new String[] {
                  (many ? "functions " : "function ")
                      + names
                      + uses
                      + are
                      + " called without a schema"
                      + path
                      + ": a user's function with a better-matching signature can capture the call",
                  "qualify (pg_catalog.f(...) or @extschema@.f(...)), or SET search_path ="
                      + " pg_catalog, pg_temp before it"
                };
            case UNQUALIFIED_OPERATOR ->
                new String[] {
                  (many ? "operators " : "operator ")
                      + names
                      + uses
                      + are
                      + " used without OPERATOR(schema.op)"
                      + path
                      + ": a user's operator with better-matching types can capture it",
                  "write a OPERATOR(pg_catalog."
                      + h.names.iterator().next()
                      + ") b, parenthesized where other operators meet it (every OPERATOR() has"
                      + " the same precedence: a OPERATOR(pg_catalog.>) b - c reads (a > b) - c), or"
                      + " SET search_path = pg_catalog, pg_temp before it"
                };
            case IMPLICIT_OPERATOR ->
                new String[] {
                  names
                      + uses
                      + " compare"
                      + (many || h.count > 1 ? "" : "s")
                      + " with an = found through search_path, which cannot be qualified,"
                      + path,
                  "write CASE WHEN a OPERATOR(pg_catalog.=) b and a OPERATOR(pg_catalog.=) ANY"
                      + " (ARRAY[...]), or SET search_path = pg_catalog, pg_temp before it"
                };
            default ->
                new String[] {
                  (many ? "relations " : "relation ")
                      + names
                      + uses
                      + are
                      + " named without a schema"
                      + path
                      + ": a user's table or view of that name can take its place",
                  "qualify with @extschema@. (or the relation's schema), or SET search_path ="
                      + " pg_catalog, pg_temp before it"
                };
          };
      cx.add(e.getKey(), h.first, owner, text[0], text[1]);
    }
    hits.clear();
  }
}
