package org.extupgrade.check;

import java.util.Objects;
import org.extupgrade.model.Location;
import org.extupgrade.model.ObjectId;
import org.extupgrade.sql.stmt.Definition;

/**
 * One object in a {@link SchemaState}.
 *
 * @param at where it was last created or changed
 * @param source the CREATE statement as written (for suggestions), or empty
 * @param uncertain true when a conditional or unmodeled statement touched it: differences are then
 *     reported as info, not as errors
 */
record Entry(ObjectId id, Definition def, Location at, String source, boolean uncertain) {
  Entry {
    Objects.requireNonNull(id);
    Objects.requireNonNull(def);
    Objects.requireNonNull(at);
    Objects.requireNonNull(source);
  }

  Entry with(Definition d, Location where) {
    return new Entry(id, d, where, source, uncertain);
  }

  Entry moved(ObjectId newId) {
    return new Entry(newId, def, at, source, uncertain);
  }

  Entry uncertainAt(Location where) {
    return new Entry(id, def, where, source, true);
  }
}
