package org.extupgrade.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The select list of a simple view, read from its normalized definition: whether {@code CREATE OR
 * REPLACE VIEW} can change one into the other (PostgreSQL only lets it add columns at the end).
 */
final class ViewColumns {
  private ViewColumns() {}

  /**
   * True when the new definition's select list starts with the old one's items, as written: the
   * same columns, the same order, only new ones at the end. False when either is not a plain {@code
   * AS SELECT items FROM ...} (a column list, DISTINCT, WITH, UNION ...): the draft then drops and
   * creates the view.
   */
  static boolean onlyAppends(String was, String is) {
    Optional<List<String>> a = items(was);
    Optional<List<String>> b = items(is);
    if (a.isEmpty() || b.isEmpty()) return false;
    List<String> x = a.get();
    List<String> y = b.get();
    return y.size() >= x.size() && y.subList(0, x.size()).equals(x) && !x.contains("*");
  }

  private static Optional<List<String>> items(String def) {
    String t = def.strip().replaceAll("\\s+", " ");
    if (!t.regionMatches(true, 0, "as select ", 0, 10)) return Optional.empty();
    String rest = t.substring(10);
    String lower = rest.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("distinct")
        || lower.contains(" union ")
        || lower.contains(" intersect ")
        || lower.contains(" except ")) return Optional.empty();
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == '\'') quoted = !quoted;
      if (quoted) continue;
      if (c == '(') depth++;
      else if (c == ')') depth--;
      else if (depth == 0 && c == ',') {
        out.add(rest.substring(start, i).strip());
        start = i + 1;
      } else if (depth == 0 && lower.startsWith(" from ", i)) {
        out.add(rest.substring(start, i).strip());
        return Optional.of(out);
      }
    }
    return Optional.empty();
  }
}
