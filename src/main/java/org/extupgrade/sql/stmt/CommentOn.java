package org.extupgrade.sql.stmt;

import java.util.Objects;
import org.extupgrade.model.Location;
import org.jspecify.annotations.Nullable;

/**
 * {@code COMMENT ON kind x IS 'text' | NULL}, or {@code COMMENT ON COLUMN t.c}.
 *
 * @param column the column of the table {@code target} names, or empty for the object itself
 * @param comment the text, or null for {@code IS NULL}
 */
public record CommentOn(Location at, Target target, String column, @Nullable String comment)
    implements Stmt {
  public CommentOn {
    Objects.requireNonNull(at);
    Objects.requireNonNull(target);
    Objects.requireNonNull(column);
  }
}
