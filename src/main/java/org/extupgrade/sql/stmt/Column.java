package org.extupgrade.sql.stmt;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table column.
 *
 * @param type normalized type with its modifiers, e.g. {@code character varying(10)}
 * @param defaultExpr normalized default expression, or null
 * @param generated normalized {@code GENERATED ...} clause (identity or stored), or empty
 */
public record Column(
    String name, String type, @Nullable String defaultExpr, boolean notNull, String generated) {
  public Column {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    Objects.requireNonNull(generated);
  }

  public Column withType(String t) {
    return new Column(name, t, defaultExpr, notNull, generated);
  }

  public Column withDefault(@Nullable String d) {
    return new Column(name, type, d, notNull, generated);
  }

  public Column withNotNull(boolean n) {
    return new Column(name, type, defaultExpr, n, generated);
  }

  public Column withName(String n) {
    return new Column(n, type, defaultExpr, notNull, generated);
  }

  /** The column as in {@code ADD COLUMN}: {@code name type [DEFAULT x] [NOT NULL]}. */
  public String sql() {
    StringBuilder b =
        new StringBuilder(org.extupgrade.model.ObjectId.quote(name)).append(' ').append(type);
    if (!generated.isEmpty()) {
      b.append(' ').append(generated);
    }
    if (defaultExpr != null) {
      b.append(" DEFAULT ").append(defaultExpr);
    }
    if (notNull) {
      b.append(" NOT NULL");
    }
    return b.toString();
  }
}
