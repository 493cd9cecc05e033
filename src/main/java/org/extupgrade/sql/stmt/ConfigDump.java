package org.extupgrade.sql.stmt;

import java.util.Objects;
import org.extupgrade.model.Location;
import org.extupgrade.model.ObjectId;

/**
 * {@code SELECT pg_catalog.pg_extension_config_dump('tbl', 'WHERE ...')}: the table's rows are user
 * data that pg_dump keeps.
 */
public record ConfigDump(Location at, ObjectId table, String condition) implements Stmt {
  public ConfigDump {
    Objects.requireNonNull(at);
    Objects.requireNonNull(table);
    Objects.requireNonNull(condition);
  }
}
