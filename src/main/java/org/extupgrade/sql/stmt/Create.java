package org.extupgrade.sql.stmt;

import java.util.Objects;
import org.extupgrade.model.Location;
import org.extupgrade.model.ObjectId;

/**
 * {@code CREATE [OR REPLACE] kind [IF NOT EXISTS] ...}.
 *
 * @param source the statement's text as written, for suggestions
 */
public record Create(
    Location at, ObjectId id, boolean orReplace, boolean ifNotExists, Definition def, String source)
    implements Stmt {
  public Create {
    Objects.requireNonNull(at);
    Objects.requireNonNull(id);
    Objects.requireNonNull(def);
    Objects.requireNonNull(source);
  }
}
