package org.extupgrade.sql.stmt;

import java.util.Objects;
import org.extupgrade.model.Location;

/** {@code ALTER kind [IF EXISTS] x RENAME TO y}. */
public record Rename(Location at, Target target, boolean ifExists, String newName) implements Stmt {
  public Rename {
    Objects.requireNonNull(at);
    Objects.requireNonNull(target);
    Objects.requireNonNull(newName);
  }
}
