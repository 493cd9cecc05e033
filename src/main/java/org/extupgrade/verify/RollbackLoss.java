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
 * What a rollback loses: the configuration tables' rows as they were before the update against what
 * the old version, installed again and replayed into, holds. Only the tables the new version still
 * registers are the rollback's to carry: a table the update dropped or unregistered on purpose, and
 * the users' relations that {@code DROP EXTENSION ... CASCADE} takes, are said in the note.
 *
 * @param findings {@code rollback-data-lost}, one per configuration table
 * @param notes phrases for the rehearsal's note
 */
record RollbackLoss(List<Finding> findings, List<String> notes) {

  /**
   * @param carried the configuration tables the new version registers (by {@link DumpData} names)
   * @param failed the tables whose replay failed (their loss is that finding's)
   */
  static RollbackLoss compare(
      DumpData before,
      DumpData after,
      Set<String> carried,
      Set<String> failed,
      Scenario s,
      @Nullable Location where) {
    List<Finding> out = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    List<String> users = new ArrayList<>();
    for (Map.Entry<String, String> r : before.relations().entrySet()) {
      String name = r.getKey();
      List<String> rows = before.rows().get(name);
      boolean config = before.config(name);
      if (config && failed.contains(name)) continue;
      if (config && !carried.contains(name)) {
        if (rows != null && !rows.isEmpty()) dropped.add(name);
        continue;
      }
      if (!after.relations().containsKey(name)) {
        users.add(name);
        continue;
      }
      String lost = rows == null ? null : DumpData.lost(name, rows, after.rows().get(name));
      if (lost == null) continue;
      if (!config) {
        users.add(name);
        continue;
      }
      int nl = lost.indexOf('\n');
      out.add(
          lost(
                  "configuration table " + name,
                  "the rows of configuration table " + name + " differ: " + lost.substring(0, nl),
                  s,
                  where)
              .withDetail(lost.substring(nl + 1)));
    }
    List<String> notes = new ArrayList<>();
    if (!dropped.isEmpty()) {
      notes.add(
          "the rows of "
              + String.join(", ", dropped)
              + " do not come back ("
              + s.to()
              + " no longer registers the table)");
    }
    if (!users.isEmpty()) {
      notes.add(
          "DROP EXTENSION ... CASCADE takes users' relations or their columns ("
              + String.join(", ", users)
              + "): save them first");
    }
    return new RollbackLoss(out, notes);
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
            "rollback "
                + s.to()
                + " -> "
                + s.from()
                + " (dump, DROP EXTENSION CASCADE, CREATE EXTENSION VERSION "
                + s.from()
                + ", replay): "
                + message)
        .at(at)
        .build();
  }
}
