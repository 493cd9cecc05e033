package org.extupgrade.sql.stmt;

import java.util.Objects;
import org.extupgrade.model.Location;

/**
 * An ALTER whose effect on the definition is not modeled (OWNER TO, ALTER SEQUENCE, ALTER OPERATOR
 * FAMILY ... ADD, ALTER TYPE ... ADD ATTRIBUTE): the object must exist; its definition is then
 * uncertain.
 *
 * @param changesDefinition false when the definition is known to be unchanged (OWNER TO)
 */
public record AlterOther(Location at, Target target, boolean ifExists, boolean changesDefinition)
    implements Stmt {
  public AlterOther {
    Objects.requireNonNull(at);
    Objects.requireNonNull(target);
  }
}
