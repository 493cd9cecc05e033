package org.extupgrade.sql.stmt;

import java.util.List;
import java.util.Objects;
import org.extupgrade.model.Location;

/** {@code DROP kind [IF EXISTS] a, b [CASCADE]}. */
public record Drop(Location at, List<Target> targets, boolean ifExists, boolean cascade)
    implements Stmt {
  public Drop {
    Objects.requireNonNull(at);
    targets = List.copyOf(targets);
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("DROP needs a target");
    }
  }
}
