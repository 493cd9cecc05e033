package org.extupgrade.check;

import java.util.List;
import java.util.Locale;
import org.extupgrade.model.ObjectId;
import org.extupgrade.sql.stmt.DoBlock;
import org.jspecify.annotations.Nullable;

/**
 * Which objects dynamic SQL that cannot be read may have touched: those whose name, or whose kind
 * (the name may be built at run time, e.g. from {@code pg_constraint}), its text mentions. Crude on
 * purpose: after a blind spot the model must not assert what it cannot know.
 */
final class BlindSpots {
  private BlindSpots() {}

  /** The first blind spot that may have touched the object, or null. */
  static DoBlock.@Nullable BlindSpot touching(List<DoBlock.BlindSpot> spots, ObjectId id) {
    for (DoBlock.BlindSpot b : spots) {
      if (mentions(b.expression().toLowerCase(Locale.ROOT), id)) return b;
    }
    return null;
  }

  /** True when some text (lower case) names the object or its kind. */
  static boolean mentions(String lowerText, ObjectId id) {
    return lowerText.contains(id.name().toLowerCase(Locale.ROOT))
        || lowerText.contains(id.kind().label());
  }
}
