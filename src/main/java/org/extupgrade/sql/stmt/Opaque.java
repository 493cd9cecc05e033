package org.extupgrade.sql.stmt;

import java.util.Objects;
import org.extupgrade.model.Location;

/**
 * A statement the model does not interpret (e.g. {@code INSERT}, {@code SET}, {@code CREATE TEXT
 * SEARCH ...}): counted and listed, never an error.
 *
 * @param head the first words, e.g. {@code INSERT INTO}
 */
public record Opaque(Location at, String head) implements Stmt {
  public Opaque {
    Objects.requireNonNull(at);
    Objects.requireNonNull(head);
  }
}
