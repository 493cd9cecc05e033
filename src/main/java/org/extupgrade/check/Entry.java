package org.extupgrade.check;

import java.util.List;
import java.util.Objects;
import org.extupgrade.model.Location;
import org.extupgrade.model.ObjectId;
import org.extupgrade.sql.stmt.Definition;
import org.jspecify.annotations.Nullable;

/**
 * One object in a {@link SchemaState}.
 *
 * @param at where it was last created or changed
 * @param source the CREATE statement as written (for suggestions), or empty
 * @param uncertain true when a conditional or unmodeled statement touched it: differences are then
 *     reported as info, not as errors
 * @param stars for a view with {@code *} in its select list, the columns they stood for when it was
 *     created; null when there is no star or the model cannot tell
 */
record Entry(
    ObjectId id,
    Definition def,
    Location at,
    String source,
    boolean uncertain,
    @Nullable List<String> stars) {
  Entry {
    Objects.requireNonNull(id);
    Objects.requireNonNull(def);
    Objects.requireNonNull(at);
    Objects.requireNonNull(source);
    if (stars != null) stars = List.copyOf(stars);
  }

  Entry(ObjectId id, Definition def, Location at, String source, boolean uncertain) {
    this(id, def, at, source, uncertain, null);
  }

  Entry with(Definition d, Location where) {
    return new Entry(id, d, where, source, uncertain, stars);
  }

  Entry moved(ObjectId newId) {
    return new Entry(newId, def, at, source, uncertain, stars);
  }

  Entry uncertainAt(Location where) {
    return new Entry(id, def, where, source, true, stars);
  }

  Entry withStars(@Nullable List<String> expanded) {
    return new Entry(id, def, at, source, uncertain, expanded);
  }
}
