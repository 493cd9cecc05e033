package org.extupgrade.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Applies a policy to findings: severities by kind and by scenario, then acceptances. An accepted
 * finding stays in the report as info, with its reason, so it never fails CI and is never lost; an
 * acceptance that matches nothing is an {@code accepted-unused} warning at its line (the finding it
 * was written for is gone, and so should the acceptance be).
 */
public final class Apply {
  /** Which finding kinds each scenario reports. */
  private static final Map<String, Set<FindingKind>> SCENARIO_KINDS =
      Map.of(
          "data",
          Set.of(
              FindingKind.DATA_CHANGED,
              FindingKind.USER_OBJECT_BROKEN,
              FindingKind.CHECK_QUERY_DIFFERS),
          "rerun",
          Set.of(FindingKind.RERUN_FAILS, FindingKind.RERUN_CHANGES_CATALOG),
          "downgrade",
          Set.of(FindingKind.DOWNGRADE_FAILS, FindingKind.DOWNGRADE_DIFFERS),
          "schemas",
          Set.of(FindingKind.SCHEMA_DIFFERS),
          "settings",
          Set.of(FindingKind.SETTING_LEAKS),
          "locks",
          Set.of(FindingKind.LOCKS_USER_TABLE),
          "dependents",
          Set.of(FindingKind.UPDATE_BLOCKED_BY_DEPENDENTS),
          "dump",
          Set.of(FindingKind.RESTORE_FAILS, FindingKind.RESTORE_DIFFERS),
          "rollback",
          Set.of(FindingKind.ROLLBACK_REPLAY_FAILS, FindingKind.ROLLBACK_DATA_LOST));

  private Apply() {}

  /** The findings as the policy has them, in the same order, plus unused acceptances. */
  public static List<Finding> to(Policy p, List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    Set<Policy.Accepted> used = new LinkedHashSet<>();
    for (Finding f : findings) {
      Finding g = f.withSeverity(severity(p, f));
      Policy.Accepted a = accepting(p, g);
      if (a != null) {
        used.add(a);
        g =
            g.withSeverity(Severity.INFO)
                .withMessage(
                    g.message() + " [accepted in " + PolicyFile.NAME + ": " + a.reason() + "]");
      }
      out.add(g);
    }
    for (Policy.Accepted a : p.accepted()) {
      if (!used.contains(a)) {
        out.add(
            Finding.of(FindingKind.ACCEPTED_UNUSED)
                .message(
                    "this acceptance matches no finding any more; remove it (reason given: "
                        + a.reason()
                        + ")")
                .at(a.at())
                .build());
      }
    }
    return out;
  }

  private static Severity severity(Policy p, Finding f) {
    Severity s = p.severities().get(f.kind());
    if (s != null) return s;
    for (Map.Entry<String, String> e : p.scenarios().entrySet()) {
      if (!e.getValue().equals("off") && SCENARIO_KINDS.get(e.getKey()).contains(f.kind())) {
        return Severity.parse(e.getValue());
      }
    }
    return f.severity();
  }

  private static Policy.@Nullable Accepted accepting(Policy p, Finding f) {
    for (Policy.Accepted a : p.accepted()) {
      if (a.kind() != null && a.kind() != f.kind()) continue;
      if (a.object() != null && !a.object().equals(f.object())) continue;
      if (a.upgrade() != null
          && !a.upgrade().equals(f.upgrade())
          && !f.affects().contains(a.upgrade())) continue;
      if (a.script() != null && !scriptMatches(a.script(), f)) continue;
      if (a.line() != null && (f.where() == null || f.where().line() != a.line())) continue;
      return a;
    }
    return null;
  }

  private static boolean scriptMatches(String script, Finding f) {
    if (f.where() == null) return false;
    Path file = f.where().file().normalize();
    return file.endsWith(Path.of(script).normalize())
        || file.getFileName().toString().equals(script);
  }
}
