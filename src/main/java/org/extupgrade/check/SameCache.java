package org.extupgrade.check;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.extupgrade.model.ObjectId;
import org.extupgrade.sql.stmt.Definition;
import org.extupgrade.sql.stmt.DoBlock;
import org.extupgrade.sql.stmt.RoutineDef;
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

  /** A blind spot, by identity, and an object. */
  private record Touch(DoBlock.BlindSpot spot, ObjectId id, String schema) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Touch t && t.spot == spot && t.id.equals(id) && t.schema.equals(schema);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(spot) * 31 + id.hashCode();
    }
  }

  private final Map<Touch, Boolean> touches = new ConcurrentHashMap<>();

  /** {@link BlindSpots#touches}, once per blind spot and object. */
  boolean touches(DoBlock.BlindSpot b, ObjectId id, @Nullable String schema) {
    Touch t = new Touch(b, id, String.valueOf(schema));
    Boolean r = touches.get(t);
    if (r == null) {
      r = BlindSpots.touches(b, id, schema);
      touches.put(t, r);
    }
    return r;
  }

  /** Two canonical routines, by identity (one object per value). */
  private record Routines(RoutineDef a, RoutineDef b) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Routines r && r.a == a && r.b == b;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(a) * 31 + System.identityHashCode(b);
    }
  }

  private final Map<Routines, RoutineBodies.Diff> bodies = new ConcurrentHashMap<>();

  /** {@link RoutineBodies#compare} of two canonical routines, once per pair. */
  RoutineBodies.Diff bodies(RoutineDef a, RoutineDef b, @Nullable String extschema) {
    Routines k = new Routines(a, b);
    RoutineBodies.Diff d = bodies.get(k);
    if (d == null) {
      d = RoutineBodies.compare(a, b, extschema);
      bodies.put(k, d);
    }
    return d;
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
