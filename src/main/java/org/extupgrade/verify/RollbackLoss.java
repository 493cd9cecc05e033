package org.extupgrade.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.jspecify.annotations.Nullable;

/**
 * What a rollback loses: the configuration tables' rows and the users' relations and rows as they
 * were before the update against what the old version, installed again and replayed into, holds.
 */
final class RollbackLoss {
  private RollbackLoss() {}

  /**
   * @param failed the relations whose replay failed (their loss is that finding's)
   */
  static List<Finding> compare(
      DumpData before, DumpData after, Set<String> failed, Scenario s, @Nullable Location where) {
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, String> r : before.relations().entrySet()) {
      String name = r.getKey();
      boolean config = before.config(name);
      if (config && failed.contains(name)) continue;
      String what = (config ? "configuration table " : "relation ") + name;
      if (!after.relations().containsKey(name)) {
        // a user's relation over the extension: DROP EXTENSION ... CASCADE takes it
        out.add(lost(what, what + " is gone (DROP EXTENSION ... CASCADE drops it)", s, null));
        continue;
      }
      List<String> rows = before.rows().get(name);
      String lost = rows == null ? null : DumpData.lost(name, rows, after.rows().get(name));
      if (lost == null) continue;
      int nl = lost.indexOf('\n');
      out.add(
          lost(
                  what,
                  "the rows of " + what + " differ: " + lost.substring(0, nl),
                  s,
                  config ? where : null)
              .withDetail(lost.substring(nl + 1)));
    }
    return out;
  }

  /** A qualified name of the replay as {@link DumpData} names the relation (by search_path). */
  static String name(String qualified, DumpData data) {
    for (String r : data.relations().keySet()) {
      if (r.equals(qualified) || qualified.endsWith("." + r)) return r;
    }
    return qualified;
  }

  private static Finding lost(String object, String message, Scenario s, @Nullable Location at) {
    return Finding.of(FindingKind.ROLLBACK_DATA_LOST)
        .object(object)
        .upgrade(s.from(), s.to())
        .message(
            "after the rollback from "
                + s.to()
                + " to "
                + s.from()
                + " (dump, DROP EXTENSION CASCADE, CREATE EXTENSION VERSION "
                + s.from()
                + ", replay): "
                + message)
        .at(at)
        .build();
  }
}
