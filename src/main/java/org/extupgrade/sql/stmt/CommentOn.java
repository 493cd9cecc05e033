package org.extupgrade.sql.stmt;

import java.util.Objects;
import org.extupgrade.model.Location;
import org.jspecify.annotations.Nullable;

/** {@code COMMENT ON kind x IS 'text' | NULL}; column comments are not modeled (Opaque). */
public record CommentOn(Location at, Target target, @Nullable String comment) implements Stmt {
  public CommentOn {
    Objects.requireNonNull(at);
    Objects.requireNonNull(target);
  }
}
