package org.extupgrade.check;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extupgrade.model.ObjectId;
import org.extupgrade.sql.stmt.DoBlock;
import org.jspecify.annotations.Nullable;

/**
 * Which objects dynamic SQL that cannot be read may have touched. With a sketch of the SQL ({@code
 * alter table pgtrickle.t drop constraint %}): the object of that kind it names, or every object of
 * that kind whose name fits the pattern ({@code alter table %.changes_% rename to %}). Without one:
 * any object whose name or kind the expression mentions. After a blind spot the model must not
 * assert what it cannot know; it must not give up on what the dynamic SQL cannot reach either.
 */
final class BlindSpots {
  private BlindSpots() {}

  private static final Pattern DDL =
      Pattern.compile("(?s)\\s*(alter|drop|create|comment|grant|revoke)\\b.*");

  /**
   * The first blind spot that may have touched the object, or null.
   *
   * @param extSchema the schema unqualified names land in, or null when unknown
   */
  static DoBlock.@Nullable BlindSpot touching(
      List<DoBlock.BlindSpot> spots, ObjectId id, @Nullable String extSchema) {
    for (DoBlock.BlindSpot b : spots) if (touches(b, id, extSchema)) return b;
    return null;
  }

  static boolean touches(DoBlock.BlindSpot b, ObjectId id, @Nullable String extSchema) {
    String name = id.name().toLowerCase(Locale.ROOT);
    String kind = id.kind().label();
    String sketch = b.sketch();
    if (sketch.isEmpty() || !DDL.matcher(sketch).matches()) {
      String t = b.expression().toLowerCase(Locale.ROOT);
      return t.contains(name) || t.contains(kind);
    }
    Matcher k = KIND_TARGET.computeIfAbsent(kind, BlindSpots::kindTarget).matcher(sketch);
    if (!k.find()) return false;
    String q = k.group(1);
    String target = q.substring(q.lastIndexOf('.') + 1).replace("\"", "");
    String schema = q.contains(".") ? q.substring(0, q.lastIndexOf('.')).replace("\"", "") : "";
    String own = id.schema().equals(ObjectId.EXTSCHEMA) ? extSchema : id.schema();
    if (!schema.isEmpty() && !schema.contains("%") && own != null && !schema.equals(own))
      return false; // another schema, e.g. the extension's per-user change tables
    if (k.group(2) != null && id.kind().isRoutine() && !id.args().isEmpty()) return false;
    return fits(name, target);
  }

  /** The kind word and the name after it, compiled once per kind. */
  private static final java.util.Map<String, Pattern> KIND_TARGET =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Pattern kindTarget(String kind) {
    return Pattern.compile(
        "\\b"
            + Pattern.quote(kind)
            + "\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?([^\\s(]+)(\\(\\s*\\))?");
  }

  /** True when the name fits the pattern, {@code %} standing for any run of characters. */
  static boolean fits(String name, String pattern) {
    String[] parts = pattern.split("%", -1);
    if (parts.length == 1) return name.equals(pattern);
    if (!name.startsWith(parts[0])) return false;
    int at = parts[0].length();
    for (int i = 1; i < parts.length - 1; i++) {
      int j = name.indexOf(parts[i], at);
      if (j < 0) return false;
      at = j + parts[i].length();
    }
    String last = parts[parts.length - 1];
    return name.length() - last.length() >= at && name.endsWith(last);
  }

  private static final Pattern CONSTRAINT_ONLY =
      Pattern.compile("(?s)\\s*alter\\s+table\\s+\\S+\\s+(add|drop)\\s+constraint\\b[^,;]*");

  /** True when the sketch only adds or drops one constraint of a table. */
  static boolean constraintsOnly(DoBlock.BlindSpot b) {
    return CONSTRAINT_ONLY.matcher(b.sketch()).matches();
  }
}
