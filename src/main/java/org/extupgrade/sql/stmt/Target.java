package org.extupgrade.sql.stmt;

import java.util.Objects;
import org.extupgrade.model.ObjectId;

/**
 * An object named by a DROP, ALTER or COMMENT.
 *
 * @param argsGiven false for {@code DROP FUNCTION f} without a list: matches the one function of
 *     that name, whatever its arguments
 */
public record Target(ObjectId id, boolean argsGiven) {
  public Target {
    Objects.requireNonNull(id);
  }

  public static Target of(ObjectId id) {
    return new Target(id, true);
  }
}
