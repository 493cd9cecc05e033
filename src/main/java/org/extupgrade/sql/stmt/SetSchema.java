package org.extupgrade.sql.stmt;

import java.util.Objects;
import org.extupgrade.model.Location;

/** {@code ALTER kind [IF EXISTS] x SET SCHEMA s}. */
public record SetSchema(Location at, Target target, boolean ifExists, String newSchema)
    implements Stmt {
  public SetSchema {
    Objects.requireNonNull(at);
    Objects.requireNonNull(target);
    Objects.requireNonNull(newSchema);
  }
}
