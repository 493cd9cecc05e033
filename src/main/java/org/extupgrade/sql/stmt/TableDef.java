package org.extupgrade.sql.stmt;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table: columns in order and constraints by name (unnamed constraints get PostgreSQL's generated
 * names, e.g. {@code t_pkey}, {@code t_c_key}).
 *
 * @param constraints name to normalized definition, e.g. {@code PRIMARY KEY (id)}
 * @param extra normalized table options after the column list (INHERITS, PARTITION BY, WITH ...)
 */
public record TableDef(List<Column> columns, Map<String, String> constraints, String extra)
    implements Definition {
  public TableDef {
    columns = List.copyOf(columns);
    constraints = java.util.Collections.unmodifiableMap(new TreeMap<>(constraints));
    java.util.Objects.requireNonNull(extra);
  }

  public java.util.Optional<Column> column(String name) {
    for (Column c : columns) if (c.name().equals(name)) return java.util.Optional.of(c);
    return java.util.Optional.empty();
  }
}
