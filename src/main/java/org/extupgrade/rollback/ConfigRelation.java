package org.extupgrade.rollback;

import java.util.List;

/**
 * A relation registered with {@code pg_extension_config_dump}.
 *
 * @param oid its oid in the database read
 * @param name qualified and quoted
 * @param kind the relkind: {@code r}, {@code p} or {@code S}
 * @param filter the registered condition ({@code WHERE NOT builtin}), may be empty
 * @param columns a table's columns (none for a sequence)
 */
record ConfigRelation(long oid, String name, char kind, String filter, List<Column> columns) {
  ConfigRelation {
    columns = List.copyOf(columns);
  }

  boolean sequence() {
    return kind == 'S';
  }

  /**
   * One column.
   *
   * @param generated a generated column: the INSERT leaves it out
   * @param identity an identity column: the INSERT says {@code OVERRIDING SYSTEM VALUE}
   * @param keyPosition its position in the primary key, 0 when not in it
   * @param ownsSequence a serial or identity column: its sequence is set after the rows
   * @param quoted the name as an identifier, quoted where it must be
   */
  record Column(
      String name,
      boolean generated,
      boolean identity,
      int keyPosition,
      boolean ownsSequence,
      String quoted) {}
}
