package org.extupgrade.sql.stmt;

import java.util.Objects;
import org.extupgrade.model.Location;

/** {@code ALTER EXTENSION e ADD|DROP kind x}: the object joins or leaves the extension. */
public record ExtensionMember(Location at, boolean add, Target target) implements Stmt {
  public ExtensionMember {
    Objects.requireNonNull(at);
    Objects.requireNonNull(target);
  }
}
