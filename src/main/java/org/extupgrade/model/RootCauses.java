package org.extupgrade.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Folds the same difference seen on many upgrades into one finding: one per root cause, at the
 * script that introduced it, listing every upgrade it affects. Findings are the same root cause
 * when they have the same kind, object and script (and, for findings about no object, the same line
 * and message).
 */
public final class RootCauses {
  private RootCauses() {}

  /**
   * Groups {@code findings}; each group's representative is its first member in {@code findings}
   * order (callers put the upgrade that introduced a difference first), with {@link
   * Finding#affects()} listing every upgrade of the group in {@code versionOrder}.
   */
  public static List<Finding> group(List<Finding> findings, Comparator<String> versionOrder) {
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    for (Finding f : findings) groups.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
    Comparator<String> upgrades = upgradeOrder(versionOrder);
    List<Finding> out = new ArrayList<>();
    for (List<Finding> g : groups.values()) {
      TreeSet<String> affects = new TreeSet<>(upgrades);
      Severity worst = Severity.INFO;
      for (Finding f : g) {
        if (!f.upgrade().isEmpty()) affects.add(f.upgrade());
        affects.addAll(f.affects());
        if (f.severity().compareTo(worst) > 0) worst = f.severity();
      }
      Finding first = g.get(0).withSeverity(worst);
      boolean onlyItsOwn = affects.size() == 1 && affects.first().equals(first.upgrade());
      out.add(first.withAffects(onlyItsOwn ? List.of() : List.copyOf(affects)));
    }
    return out;
  }

  /**
   * The identity of a root cause: kind, object, place and message, the message without the
   * finding's own upgrade (the same difference reads "after upgrade 1.0 -> 1.1" on one upgrade and
   * "after upgrade 0.9 -> 1.1" on another) and without parenthetical remarks, which name the
   * target's full install script.
   */
  static String key(Finding f) {
    String message = f.message().replaceAll("\\S+ -> \\S+", "").replaceAll("\\([^()]*\\)", "");
    return f.kind().id() + "\u0000" + f.object() + "\u0000" + f.where() + "\u0000" + message;
  }

  /** {@code A -> B} labels by A, then B, each in version order. */
  static Comparator<String> upgradeOrder(Comparator<String> versions) {
    return (a, b) -> {
      String[] x = a.split(" -> ", 2);
      String[] y = b.split(" -> ", 2);
      if (x.length < 2 || y.length < 2) return a.compareTo(b);
      int c = versions.compare(x[0], y[0]);
      if (c != 0) return c;
      c = versions.compare(x[1], y[1]);
      return c != 0 ? c : a.compareTo(b);
    };
  }
}
