package org.extupgrade.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.extupgrade.sql.stmt.AddEnumValue;
import org.extupgrade.sql.stmt.AlterTable;
import org.extupgrade.sql.stmt.Create;
import org.extupgrade.sql.stmt.Stmt;
import org.jspecify.annotations.Nullable;

/**
 * The usual idempotency guard of DO blocks, {@code IF NOT EXISTS (SELECT ... 'name' ...) THEN ADD
 * name ... END IF}: when the guard tests the very name the statement adds, the statement is the
 * same as one with IF NOT EXISTS, so the model can apply it for certain instead of guessing.
 */
final class DoGuards {
  private DoGuards() {}

  /**
   * The statement with IF NOT EXISTS semantics when every object, column or constraint it adds is
   * named in the guard; null when the guard does not cover it.
   */
  static @Nullable Stmt ifNotExists(Stmt s, Set<String> guard) {
    if (guard.isEmpty()) return null;
    return switch (s) {
      case Create c when guard.contains(c.id().name()) ->
          new Create(c.at(), c.id(), c.orReplace(), true, c.def(), c.source());
      case AddEnumValue a when guard.contains(a.label()) ->
          new AddEnumValue(a.at(), a.type(), a.label(), true, a.neighbour(), a.before());
      case AlterTable a -> table(a, guard);
      default -> null;
    };
  }

  private static @Nullable Stmt table(AlterTable a, Set<String> guard) {
    List<AlterTable.Action> out = new ArrayList<>();
    for (AlterTable.Action x : a.actions()) {
      switch (x) {
        case AlterTable.AddColumn c when guard.contains(c.column().name()) ->
            out.add(new AlterTable.AddColumn(c.column(), true, c.constraints()));
        case AlterTable.AddConstraint c when c.name() != null && guard.contains(c.name()) ->
            out.add(new AlterTable.AddConstraint(c.name(), c.def(), true));
        default -> {
          return null;
        }
      }
    }
    return new AlterTable(a.at(), a.table(), a.ifExists(), a.only(), out);
  }
}
