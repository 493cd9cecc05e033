package org.extupgrade.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;
import org.extupgrade.sql.stmt.GenericDef;

/**
 * Views, triggers, policies, rules and indexes that use an object a draft drops (or a table whose
 * columns it drops or retypes): PostgreSQL refuses the drop (or the change) while they exist, so
 * they are dropped before it and created again after. A dependency is the object's name, as a whole
 * word, in the dependent's normalized definition.
 */
final class DraftDependents {
  private DraftDependents() {}

  /**
   * The dependents to drop and create again, transitively, by canonical id, with why; those in
   * {@code skip} (already dropped or recreated) and those the fresh install does not have are left
   * out.
   */
  static Map<ObjectId, String> of(
      SchemaState up, SchemaState fresh, Collection<ObjectId> roots, Set<ObjectId> skip) {
    Map<ObjectId, String> out = new LinkedHashMap<>();
    Set<ObjectId> seen = new HashSet<>(skip);
    Deque<ObjectId> work = new ArrayDeque<>(roots);
    List<Entry> candidates = new ArrayList<>(up.entries());
    candidates.sort(Comparator.comparing(Entry::id));
    while (!work.isEmpty()) {
      ObjectId root = work.pop();
      Pattern p = DraftNames.word(root.name());
      for (Entry u : candidates) {
        ObjectId c = up.canonical(u.id());
        if (seen.contains(c) || c.equals(root) || !dependsOn(u, root, p)) continue;
        if (fresh.get(u.id()) == null) continue;
        seen.add(c);
        out.put(c, "it uses " + root.display() + ", which is dropped or changed above");
        work.add(c);
      }
    }
    return out;
  }

  private static boolean dependsOn(Entry u, ObjectId root, Pattern p) {
    ObjectKind k = u.id().kind();
    boolean viewLike = k == ObjectKind.VIEW || k == ObjectKind.MATERIALIZED_VIEW;
    boolean scoped = k.isTableScoped() || k == ObjectKind.INDEX;
    if (!viewLike && !scoped) return false;
    ObjectKind r = root.kind();
    if (r.isTableScoped() || r == ObjectKind.INDEX) return false;
    if (r == ObjectKind.TABLE && !viewLike && k != ObjectKind.POLICY && k != ObjectKind.RULE)
      return false; // indexes and triggers follow their table's columns
    String text = u.def() instanceof GenericDef g ? g.text() : "";
    if (k.isTableScoped() && r == ObjectKind.TABLE) text += " " + u.id().args();
    return p.matcher(text.toLowerCase(Locale.ROOT)).find();
  }
}
