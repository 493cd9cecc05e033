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
    Comparator<String> upgrades = upgradeOrder(ranked(versionOrder, findings));
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
   * Edge findings (one update script run between fresh installs of its two versions) whose
   * difference no upgrade to {@code target} still shows: a later script repairs it. They stay
   * findings, as warnings: users who stopped at that version have it, but a released script is not
   * to be edited and upgrading to the target fixes it. The others are returned unchanged.
   *
   * @param ends the findings of upgrades to {@code target}, each at the script blamed for it
   */
  public static List<Finding> markRepaired(List<Finding> edges, List<Finding> ends, String target) {
    java.util.Set<String> persisting = new java.util.HashSet<>();
    for (Finding f : ends) persisting.add(cause(f));
    List<Finding> out = new ArrayList<>();
    for (Finding f : edges) {
      if (f.to().equals(target)
          || f.severity() != Severity.ERROR
          || persisting.contains(cause(f))
          || !isDifference(f)) {
        out.add(f);
        continue;
      }
      out.add(
          f.withSeverity(Severity.WARNING)
              .withMessage(
                  f.message()
                      + " (repaired by a later script: upgrades to "
                      + target
                      + " do not show it)"));
    }
    return out;
  }

  /** A difference from a fresh install (not a script that fails, which stops every upgrade). */
  private static boolean isDifference(Finding f) {
    return switch (f.kind()) {
      case UPDATE_FAILS, INSTALL_FAILS, SCRIPT_TIMEOUT, SCRIPT_SYNTAX -> false;
      default -> true;
    };
  }

  /** What a finding is about and which script it blames. */
  private static String cause(Finding f) {
    String file = f.where() == null ? "" : f.where().file().toString();
    return what(f) + "\u0000" + file;
  }

  /**
   * What a difference is, wherever it is seen: kind, object and message without the upgrade it was
   * seen on or parenthetical remarks. The same property of the same object differing on two
   * upgrades reads the same; another property of the same object (its comment, its columns) does
   * not, so each is blamed on the script where it first appears.
   */
  public static String what(Finding f) {
    String message = Noise.strip(f.message());
    return f.kind().id() + "\u0000" + f.object() + "\u0000" + message;
  }

  /**
   * The identity of a root cause: kind, object, place and message, the message without the
   * finding's own upgrade (the same difference reads "after upgrade 1.0 -> 1.1" on one upgrade and
   * "after upgrade 0.9 -> 1.1" on another, "along 0.9--1.0--1.1") and without parenthetical
   * remarks, which name the target's full install script.
   */
  public static String key(Finding f) {
    return what(f) + "\u0000" + f.where();
  }

  /**
   * {@code versions} over the versions of the upgrades of {@code findings}, each ordered once: a
   * history of many versions sorts thousands of labels, and one comparison of two version names
   * costs regular expressions and big numbers. Other strings are compared as before.
   */
  private static Comparator<String> ranked(Comparator<String> versions, List<Finding> findings) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Finding f : findings) {
      seen.add(f.from());
      seen.add(f.to());
      for (String a : f.affects()) seen.addAll(List.of(a.split(" -> ", 2)));
    }
    List<String> sorted = new ArrayList<>(seen);
    sorted.sort(versions);
    Map<String, Integer> rank = new java.util.HashMap<>();
    int r = 0;
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0 && versions.compare(sorted.get(i - 1), sorted.get(i)) != 0) r++;
      rank.put(sorted.get(i), r);
    }
    return (a, b) -> {
      Integer x = rank.get(a);
      Integer y = rank.get(b);
      return x != null && y != null ? Integer.compare(x, y) : versions.compare(a, b);
    };
  }

  /** {@code A -> B} labels by A, then B, each in version order. */
  static Comparator<String> upgradeOrder(Comparator<String> versions) {
    Map<String, String[]> parts = new java.util.HashMap<>();
    return (a, b) -> {
      String[] x = parts.computeIfAbsent(a, RootCauses::split);
      String[] y = parts.computeIfAbsent(b, RootCauses::split);
      if (x.length < 2 || y.length < 2) return a.compareTo(b);
      int c = versions.compare(x[0], y[0]);
      if (c != 0) return c;
      c = versions.compare(x[1], y[1]);
      return c != 0 ? c : a.compareTo(b);
    };
  }

  /** {@code label.split(" -> ", 2)}, without a regular expression. */
  private static String[] split(String label) {
    int i = label.indexOf(" -> ");
    return i < 0
        ? new String[] {label}
        : new String[] {label.substring(0, i), label.substring(i + 4)};
  }
}
