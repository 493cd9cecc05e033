package org.extupgrade.sql.stmt;

import java.util.List;
import java.util.Objects;
import org.extupgrade.model.Location;

/**
 * {@code DO $$ ... $$}: the DDL read from its PL/pgSQL body.
 *
 * @param effects statements found in the body, in order
 * @param conditional true for effects that may not run (inside IF, CASE, loops, or a block with an
 *     EXCEPTION handler); parallel to {@code effects}
 * @param blindSpots where the body runs SQL that cannot be read statically (EXECUTE of a built
 *     string)
 */
public record DoBlock(
    Location at, List<Stmt> effects, List<Boolean> conditional, List<BlindSpot> blindSpots)
    implements Stmt {
  public DoBlock {
    Objects.requireNonNull(at);
    effects = List.copyOf(effects);
    conditional = List.copyOf(conditional);
    blindSpots = List.copyOf(blindSpots);
    if (effects.size() != conditional.size()) {
      throw new IllegalArgumentException("one conditional flag per effect");
    }
  }

  /**
   * Dynamic SQL that cannot be read: its location and the expression as written.
   *
   * @param sketch the SQL it runs as far as it is known, lower case, with {@code %} for each part
   *     built at run time (a variable assigned {@code 'changes_' || x} is {@code changes_%}), e.g.
   *     {@code alter table %.changes_% rename to changes_%}; empty when nothing is known
   */
  public record BlindSpot(Location at, String expression, String sketch) {
    public BlindSpot {
      Objects.requireNonNull(at);
      Objects.requireNonNull(expression);
      Objects.requireNonNull(sketch);
    }

    public BlindSpot(Location at, String expression) {
      this(at, expression, "");
    }
  }
}
