package org.extupgrade.sql.stmt;

import java.util.Objects;
import org.extupgrade.model.Location;

/** {@code GRANT} or {@code REVOKE}: recorded, not compared statically (verify compares ACLs). */
public record Privilege(Location at, boolean grant, String text) implements Stmt {
  public Privilege {
    Objects.requireNonNull(at);
    Objects.requireNonNull(text);
  }
}
