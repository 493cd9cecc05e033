package org.extupgrade.sql.stmt;

import java.util.Objects;
import org.extupgrade.model.Location;
import org.extupgrade.model.ObjectId;
import org.jspecify.annotations.Nullable;

/**
 * {@code ALTER TYPE t ADD VALUE [IF NOT EXISTS] 'v' [BEFORE|AFTER 'w']}.
 *
 * @param neighbour the label named by BEFORE/AFTER, or null to append
 */
public record AddEnumValue(
    Location at,
    ObjectId type,
    String label,
    boolean ifNotExists,
    @Nullable String neighbour,
    boolean before)
    implements Stmt {
  public AddEnumValue {
    Objects.requireNonNull(at);
    Objects.requireNonNull(type);
    Objects.requireNonNull(label);
  }
}
