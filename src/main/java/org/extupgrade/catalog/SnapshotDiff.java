package org.extupgrade.catalog;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Compares an upgraded snapshot with a fresh one. Each object missing from the upgrade, each one
 * the upgrade has in excess, and each group of differing fields of a common object (definition,
 * privileges, comment, owner, column order) becomes one finding whose detail is a unified diff.
 */
public final class SnapshotDiff {
  private SnapshotDiff() {}

  /** What a path produced: the versions it went through and the script to look at. */
  public record Scenario(String from, String to, String path, @Nullable Location script) {}

  /** The findings of {@code upgraded} against {@code fresh}, in {@link Finding#ORDER}. */
  public static List<Finding> diff(Snapshot fresh, Snapshot upgraded, Scenario s) {
    List<Finding> out = new ArrayList<>();
    TreeSet<String> all = new TreeSet<>(fresh.objects().keySet());
    all.addAll(upgraded.objects().keySet());
    for (String id : all) {
      CatalogObject f = fresh.objects().get(id);
      CatalogObject u = upgraded.objects().get(id);
      if (u == null && f != null) {
        out.add(
            finding(
                Severity.ERROR,
                "missing-object",
                id,
                s,
                "a fresh install has " + id + " but the upgrade along " + along(s) + " does not",
                unified(f.text(), "")));
      } else if (f == null && u != null) {
        out.add(
            finding(
                Severity.ERROR,
                "leftover-object",
                id,
                s,
                "the upgrade along " + along(s) + " leaves " + id + ", which a fresh install lacks",
                unified("", u.text())));
      } else if (f != null && u != null) {
        changed(f, u, s, out);
      }
    }
    out.sort(Finding.ORDER);
    return List.copyOf(out);
  }

  private static void changed(CatalogObject f, CatalogObject u, Scenario s, List<Finding> out) {
    Map<Aspect, List<String>> differing = new TreeMap<>();
    TreeSet<String> names = new TreeSet<>(f.fields().keySet());
    names.addAll(u.fields().keySet());
    for (String n : names) {
      String a = f.fields().get(n);
      String b = u.fields().get(n);
      if (java.util.Objects.equals(a, b)) {
        continue;
      }
      Aspect aspect = Aspect.of(n);
      if (n.equals("body") && a != null && b != null) {
        Bodies.Verdict v = Bodies.compare(f.fields().get("language"), a, b);
        if (v == Bodies.Verdict.SAME) {
          continue;
        }
        aspect = v == Bodies.Verdict.COMMENTS ? Aspect.LAYOUT : aspect;
      }
      differing.computeIfAbsent(aspect, x -> new ArrayList<>()).add(n);
    }
    differing.forEach(
        (aspect, fields) ->
            out.add(
                finding(
                    aspect.severity,
                    aspect.kind,
                    f.identity(),
                    s,
                    f.identity()
                        + " differs in "
                        + aspect.noun
                        + " between a fresh install and"
                        + " the upgrade along "
                        + along(s)
                        + " ("
                        + String.join(", ", fields)
                        + ")",
                    unified(text(f, fields), text(u, fields)))));
  }

  /** The path, shortened to its ends and length when it is long. */
  static String along(Scenario s) {
    String[] v = s.path().split("--", -1);
    if (v.length <= 4) return s.path();
    return v[0] + "--" + v[1] + "--...--" + v[v.length - 1] + " (" + (v.length - 1) + " scripts)";
  }

  /** Which kind of difference a field makes. */
  enum Aspect {
    DEFINITION("definition-drift", "definition", Severity.ERROR),
    COLUMN_ORDER("column-order-drift", "position", Severity.WARNING),
    PRIVILEGES("privilege-drift", "privileges", Severity.ERROR),
    OWNER("owner-drift", "owner", Severity.ERROR),
    COMMENT("comment-drift", "comment", Severity.ERROR),
    /**
     * A body that differs only in its comments: the same code (white space alone is no finding).
     */
    LAYOUT("body-layout-drift", "the comments of its body only", Severity.INFO);

    final String kind;
    final String noun;
    final Severity severity;

    Aspect(String kind, String noun, Severity severity) {
      this.kind = kind;
      this.noun = noun;
      this.severity = severity;
    }

    static Aspect of(String field) {
      return switch (field) {
        case "position" -> COLUMN_ORDER;
        case "acl", "init_privs" -> PRIVILEGES;
        case "owner" -> OWNER;
        case "comment" -> COMMENT;
        default -> DEFINITION;
      };
    }
  }

  private static String text(CatalogObject o, List<String> fields) {
    StringBuilder b = new StringBuilder(o.identity()).append('\n');
    SortedMap<String, String> all = o.fields();
    for (String n : fields) {
      String v = all.get(n);
      if (v != null) {
        CatalogObject.appendField(b, n, v);
      }
    }
    return b.toString();
  }

  /** A unified diff, fresh install as the original and the upgrade as the revision. */
  static String unified(String fresh, String upgraded) {
    List<String> a = lines(fresh);
    List<String> b = lines(upgraded);
    List<String> d =
        UnifiedDiffUtils.generateUnifiedDiff("fresh", "upgraded", a, DiffUtils.diff(a, b), 3);
    return String.join("\n", d);
  }

  private static List<String> lines(String s) {
    return s.lines().toList();
  }

  private static Finding finding(
      Severity sev, String kind, String object, Scenario s, String message, String detail) {
    return new Finding(sev, kind, object, s.from(), s.to(), message, s.script(), "", detail);
  }
}
