package org.extupgrade.check;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.extupgrade.model.ObjectId;

/**
 * The names whose objects differ between two models: what a step of a path walk must compare again.
 * A name is an object's canonical id without its arguments, so that every overload of a name is
 * compared together. Saying a name changed when it did not only costs a comparison; missing one
 * would keep a stale verdict, so the tests err on the side of "changed". What a script changes, the
 * model records as it applies it ({@link SchemaState#takeTouched}).
 */
final class Changes {
  private Changes() {}

  /** The name of an object: its canonical id, arguments dropped. */
  static ObjectId name(ObjectId canonical) {
    return canonical.args().isEmpty()
        ? canonical
        : new ObjectId(canonical.kind(), canonical.schema(), canonical.name(), List.of());
  }

  /**
   * Accepts the canonical ids whose name is in {@code names}. Most ids are turned away by their
   * bare name's cached hash, without making their name.
   */
  static java.util.function.Predicate<ObjectId> among(Set<ObjectId> names) {
    Set<String> bare = new HashSet<>();
    for (ObjectId n : names) bare.add(n.name());
    return id -> bare.contains(id.name()) && names.contains(name(id));
  }

  /** Names that differ between two full installs: entries compared by value, places ignored. */
  static Set<ObjectId> byValue(SchemaState a, SchemaState b) {
    Set<ObjectId> out = new HashSet<>();
    Map<ObjectId, Entry> x = a.byCanonicalId();
    Map<ObjectId, Entry> y = b.byCanonicalId();
    for (Map.Entry<ObjectId, Entry> e : x.entrySet()) {
      if (!same(e.getValue(), y.get(e.getKey()))) out.add(name(e.getKey()));
    }
    for (ObjectId id : y.keySet()) if (!x.containsKey(id)) out.add(name(id));
    differing(a.comments().all(), b.comments().all(), k -> out.add(name(k.id())));
    differing(a.configTables(), b.configTables(), k -> out.add(name(k)));
    for (ObjectId t : a.uncertainConstraints())
      if (!b.uncertainConstraints().contains(t)) out.add(name(t));
    for (ObjectId t : b.uncertainConstraints())
      if (!a.uncertainConstraints().contains(t)) out.add(name(t));
    return out;
  }

  private static boolean same(Entry x, Entry y) {
    return y != null
        && x.def().equals(y.def())
        && x.uncertain() == y.uncertain()
        && Objects.equals(x.stars(), y.stars())
        && x.id().equals(y.id());
  }

  private static <K> void differing(
      Map<K, String> a, Map<K, String> b, java.util.function.Consumer<K> changed) {
    for (Map.Entry<K, String> e : a.entrySet())
      if (!e.getValue().equals(b.get(e.getKey()))) changed.accept(e.getKey());
    for (K k : b.keySet()) if (!a.containsKey(k)) changed.accept(k);
  }
}
