package org.extupgrade.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.extupgrade.model.Finding;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;
import org.extupgrade.model.Severity;
import org.extupgrade.sql.stmt.Drop;
import org.extupgrade.sql.stmt.Target;

/** DROP statements: objects and their dependents removed, drops that match nothing reported. */
final class DropApplier {
  private final SchemaState st;
  private final Steps steps;
  private final Applier applier;

  DropApplier(SchemaState st, Steps steps, Applier applier) {
    this.st = st;
    this.steps = steps;
    this.applier = applier;
  }

  /**
   * A DROP IF EXISTS that matched nothing while overloads of that name existed: reported at the end
   * of the script only if one of those overloads was never dropped (scripts often drop every
   * signature a function may have had, one DROP IF EXISTS each, then create the current one again).
   *
   * @param overloads those not dropped yet (shrinks as the script drops them)
   */
  private record SuspectDrop(Set<ObjectId> overloads, Finding warning) {}

  private final List<SuspectDrop> suspects = new java.util.ArrayList<>();

  void apply(Drop d, boolean cond) {
    for (Target t : d.targets()) {
      Entry e = applier.lookup(t);
      if (e == null && detachedRemove(t)) continue;
      if (e == null) {
        if (!d.ifExists() && !cond) {
          applier.fail(
              t.id(),
              t.id().display() + " does not exist; DROP fails (add IF EXISTS or fix the name)",
              d.at());
        } else if (d.ifExists() && t.argsGiven() && t.id().kind().isRoutine()) {
          List<Entry> same = st.overloads(t.id().kind(), t.id().schema(), t.id().name());
          if (!same.isEmpty()) {
            suspects.add(
                new SuspectDrop(
                    same.stream().map(Entry::id).collect(Collectors.toCollection(HashSet::new)),
                    new Finding(
                        Severity.WARNING,
                        "drop-matches-nothing",
                        t.id().display(),
                        steps.from,
                        steps.to,
                        "DROP IF EXISTS matches nothing at this point: "
                            + t.id().display()
                            + " does not exist, but "
                            + same.get(0).id().display()
                            + " does (wrong signature?)",
                        d.at(),
                        Suggestions.drop(same.get(0).id()),
                        "")));
          }
        }
        continue;
      }
      removeWithDependents(e.id());
    }
  }

  void removeWithDependents(ObjectId id) {
    st.remove(id);
    for (SuspectDrop d : suspects) d.overloads().remove(id);
    if (id.kind() == ObjectKind.TABLE
        || id.kind() == ObjectKind.VIEW
        || id.kind() == ObjectKind.MATERIALIZED_VIEW) {
      String q = id.qualifiedName();
      for (Entry e : List.copyOf(st.entries())) {
        if (e.id().kind().isTableScoped() && e.id().args().get(0).equals(q)
            || e.id().kind() == ObjectKind.INDEX && Suggestions.indexTable(e).equals(q)) {
          st.remove(e.id());
        }
      }
    }
  }

  /**
   * Drops an object that ALTER EXTENSION ... DROP took out of the extension; false if there is
   * none.
   */
  private boolean detachedRemove(Target t) {
    if (st.detached().remove(t.id()) != null) return true;
    for (ObjectId id : List.copyOf(st.detached().keySet())) {
      if (!t.argsGiven()
          && id.kind() == t.id().kind()
          && id.schema().equals(t.id().schema())
          && id.name().equals(t.id().name())) {
        st.detached().remove(id);
        return true;
      }
    }
    return false;
  }

  /** Reports the suspect drops whose overload no statement dropped, and forgets them. */
  void endOfScript() {
    for (SuspectDrop d : suspects)
      if (d.overloads().stream().anyMatch(o -> st.get(o) != null)) steps.findings.add(d.warning());
    suspects.clear();
  }
}
