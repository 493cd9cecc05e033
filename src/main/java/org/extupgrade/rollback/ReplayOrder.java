package org.extupgrade.rollback;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order a replay restores relations in: a table after the tables its foreign keys reference,
 * otherwise by name; tables in a cycle of foreign keys in name order; sequences last.
 */
final class ReplayOrder {
  private ReplayOrder() {}

  /**
   * @param relations sorted by name
   * @param references for a table's oid, the oids its foreign keys reference
   */
  static List<ConfigRelation> sort(
      List<ConfigRelation> relations, Map<Long, List<Long>> references) {
    Set<Long> placed = new LinkedHashSet<>();
    List<ConfigRelation> tables = relations.stream().filter(r -> !r.sequence()).toList();
    List<ConfigRelation> out = new ArrayList<>();
    Set<Long> present = new LinkedHashSet<>();
    tables.forEach(t -> present.add(t.oid()));
    boolean progress = true;
    while (out.size() < tables.size() && progress) {
      progress = false;
      for (ConfigRelation t : tables) {
        if (placed.contains(t.oid())) continue;
        boolean ready = true;
        for (Long ref : references.getOrDefault(t.oid(), List.of())) {
          if (present.contains(ref) && !placed.contains(ref)) ready = false;
        }
        if (ready) {
          placed.add(t.oid());
          out.add(t);
          progress = true;
          break; // restart, so that the next one is again the first ready by name
        }
      }
    }
    for (ConfigRelation t : tables) if (placed.add(t.oid())) out.add(t); // a cycle
    relations.stream().filter(ConfigRelation::sequence).forEach(out::add);
    return out;
  }
}
