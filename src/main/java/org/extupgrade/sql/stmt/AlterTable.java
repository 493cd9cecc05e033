package org.extupgrade.sql.stmt;

import java.util.List;
import java.util.Objects;
import org.extupgrade.model.Location;
import org.extupgrade.model.ObjectId;
import org.jspecify.annotations.Nullable;

/**
 * {@code ALTER TABLE [IF EXISTS] [ONLY] t action, ...}.
 *
 * @param only true for ONLY: column changes do not recurse to child tables and partitions
 */
public record AlterTable(
    Location at, ObjectId table, boolean ifExists, boolean only, List<Action> actions)
    implements Stmt {
  public AlterTable {
    Objects.requireNonNull(at);
    Objects.requireNonNull(table);
    actions = List.copyOf(actions);
  }

  public AlterTable(Location at, ObjectId table, boolean ifExists, List<Action> actions) {
    this(at, table, ifExists, false, actions);
  }

  /** One action of an ALTER TABLE. */
  public sealed interface Action {}

  /** ADD COLUMN, with the constraints written on the column (name to definition). */
  public record AddColumn(
      Column column, boolean ifNotExists, java.util.Map<String, String> constraints)
      implements Action {
    public AddColumn {
      constraints = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(constraints));
    }
  }

  public record DropColumn(String name, boolean ifExists) implements Action {}

  public record AlterColumnType(String name, String type) implements Action {}

  /** SET DEFAULT x, or DROP DEFAULT when {@code expr} is null. */
  public record SetDefault(String name, @Nullable String expr) implements Action {}

  public record SetNotNull(String name, boolean notNull) implements Action {}

  public record RenameColumn(String from, String to) implements Action {}

  /**
   * ADD [CONSTRAINT name] def; name is null when PostgreSQL generates it. {@code ifNotExists} when
   * a DO block runs it only if no constraint of that name exists (PostgreSQL has no such clause).
   */
  public record AddConstraint(@Nullable String name, String def, boolean ifNotExists)
      implements Action {
    public AddConstraint(@Nullable String name, String def) {
      this(name, def, false);
    }
  }

  public record DropConstraint(String name, boolean ifExists) implements Action {}

  public record RenameConstraint(String from, String to) implements Action {}

  /**
   * ALTER CONSTRAINT name [NOT] DEFERRABLE [INITIALLY DEFERRED|IMMEDIATE] (the clause, normalized).
   */
  public record AlterConstraint(String name, String clause) implements Action {}

  /** Anything else (OWNER TO, ENABLE TRIGGER, SET (...)): no modeled effect. */
  public record Other(String head) implements Action {}
}
