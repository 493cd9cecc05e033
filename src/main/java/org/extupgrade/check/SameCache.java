package org.extupgrade.check;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.extupgrade.sql.stmt.Definition;
import org.jspecify.annotations.Nullable;

/**
 * What the comparisons of one check have already worked out, shared by its steps: definitions are
 * immutable and the same objects come back on many paths (a statement parsed once, a baseline built
 * once), so each is made canonical once, into one object per value. Keys are identities, not
 * values: hashing a routine's body at every step would cost what the cache saves.
 */
final class SameCache {
  /** A naming, by value, and a definition, by identity. */
  private record Pair(String naming, Definition d) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Pair p && p.d == d && p.naming.equals(naming);
    }

    @Override
    public int hashCode() {
      return 31 * naming.hashCode() + System.identityHashCode(d);
    }
  }

  private final Map<Pair, Definition> canonical = new ConcurrentHashMap<>();
  private final Map<Definition, Definition> pool = new ConcurrentHashMap<>();

  /**
   * The canonical form of {@code d} under a naming ({@code key}: the extension schema's name, what
   * decides the form), one object per value: two canonical forms are equal exactly when they are
   * the same object.
   */
  Definition canonical(String key, Definition d, UnaryOperator<Definition> make) {
    Pair p = new Pair(key, d);
    @Nullable Definition c = canonical.get(p);
    if (c == null) {
      Definition made = make.apply(d);
      c = pool.computeIfAbsent(made, x -> x);
      canonical.put(p, c);
    }
    return c;
  }
}
