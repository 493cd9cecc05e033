package org.extupgrade.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The attributes of a composite type ({@code AS (a integer, b text)}), read from its definition:
 * {@code ALTER TYPE ... ADD ATTRIBUTE} or {@code DROP ATTRIBUTE} where attributes are only added at
 * the end or only removed.
 */
final class CompositeTypes {
  private CompositeTypes() {}

  /**
   * The {@code ALTER TYPE} actions ({@code ADD ATTRIBUTE c boolean}) that turn {@code was} into
   * {@code is}, with the new attributes as written in {@code source}; empty when the change is not
   * only additions at the end or only removals.
   */
  static Optional<List<String>> actions(String was, String is, String source) {
    Optional<List<String>> a = attributes(was);
    Optional<List<String>> b = attributes(is);
    Optional<List<String>> written =
        attributes(source.replaceFirst("(?is)^.*?\\bAS\\s*\\(", "as ("));
    if (a.isEmpty() || b.isEmpty()) return Optional.empty();
    List<String> x = a.get();
    List<String> y = b.get();
    List<String> out = new ArrayList<>();
    if (y.size() > x.size() && y.subList(0, x.size()).equals(x)) {
      boolean same = written.isPresent() && written.get().size() == y.size();
      for (int i = x.size(); i < y.size(); i++)
        out.add("ADD ATTRIBUTE " + (same ? written.get().get(i) : y.get(i)));
      return Optional.of(out);
    }
    List<String> kept = new ArrayList<>(x);
    kept.retainAll(y);
    if (y.size() < x.size() && kept.equals(y)) {
      for (String item : x) if (!y.contains(item)) out.add("DROP ATTRIBUTE " + item.split(" ")[0]);
      return Optional.of(out);
    }
    return Optional.empty();
  }

  private static Optional<List<String>> attributes(String def) {
    String t = def.strip().replaceAll("\\s+", " ").replaceAll(";$", "");
    String lower = t.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("as (") && !lower.startsWith("as(")) return Optional.empty();
    int open = t.indexOf('(');
    if (!t.endsWith(")")) return Optional.empty();
    String inner = t.substring(open + 1, t.length() - 1);
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= inner.length(); i++) {
      char c = i < inner.length() ? inner.charAt(i) : ',';
      if (c == '(') depth++;
      else if (c == ')') depth--;
      else if (c == ',' && depth == 0) {
        String item = inner.substring(start, i).strip().replace(" ,", ",").replace("( ", "(");
        if (item.isEmpty()) return Optional.empty();
        out.add(item.replace(" )", ")"));
        start = i + 1;
      }
    }
    return Optional.of(out);
  }
}
