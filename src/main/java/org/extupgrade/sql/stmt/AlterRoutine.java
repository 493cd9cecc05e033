package org.extupgrade.sql.stmt;

import java.util.Map;
import java.util.Objects;
import org.extupgrade.model.Location;

/**
 * {@code ALTER FUNCTION|PROCEDURE|ROUTINE f(args) action ...} changing attributes.
 *
 * @param changes attribute name (as in {@link RoutineDef#attributes()}) to its new value
 */
public record AlterRoutine(
    Location at, Target target, boolean ifExists, Map<String, String> changes) implements Stmt {
  public AlterRoutine {
    Objects.requireNonNull(at);
    Objects.requireNonNull(target);
    changes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(changes));
  }
}
