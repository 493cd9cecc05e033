package org.extupgrade.sql.stmt;

import java.util.Objects;

/**
 * Any other definition (index, view, sequence, type, trigger, policy, ...), as normalized tokens:
 * the statement after the object's name, identifiers folded, the extension schema's qualifier
 * dropped, one space between tokens.
 */
public record GenericDef(String text) implements Definition {
  public GenericDef {
    Objects.requireNonNull(text);
  }
}
