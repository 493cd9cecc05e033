package org.extupgrade.check;

import java.util.Locale;
import java.util.regex.Pattern;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;

/**
 * How a draft names objects: qualified with {@code @extschema@.} where the extension's own full
 * install writes {@code @extschema@}, unqualified (the update script runs with the extension's
 * schema first on the search path) otherwise.
 */
final class DraftNames {
  private static final String PREFIX = ObjectId.EXTSCHEMA + ".";
  private final boolean extschema;
  private final boolean relocatable;

  private DraftNames(boolean extschema, boolean relocatable) {
    this.extschema = extschema;
    this.relocatable = relocatable;
  }

  /**
   * @param relocatable the control file's {@code relocatable}: PostgreSQL substitutes {@code
   *     @extschema@} only in scripts of extensions that are not
   */
  static DraftNames of(SchemaState fresh, boolean relocatable) {
    boolean uses = false;
    for (Entry e : fresh.entries()) uses |= e.source().contains(PREFIX);
    return new DraftNames(uses && !relocatable, relocatable);
  }

  /**
   * Qualified where the extension writes {@code @extschema@.}, and where an unqualified name would
   * find a built-in first ({@code DROP FUNCTION version()} is pg_catalog's: pg_catalog comes first
   * on the search path unless named).
   */
  private boolean prefixed(ObjectId id) {
    return (extschema || !relocatable && Builtins.has(id))
        && id.schema().equals(ObjectId.EXTSCHEMA)
        && !id.kind().isTableScoped()
        && id.kind() != ObjectKind.CAST
        && id.kind() != ObjectKind.OPERATOR;
  }

  /** The name of a table or type as the draft writes it: {@code t} or {@code @extschema@.t}. */
  String name(ObjectId id) {
    return (prefixed(id) ? PREFIX : "") + id.qualifiedName();
  }

  /** The part after the kind keywords: {@code @extschema@.f(integer)}, {@code t ON tbl}. */
  String sqlName(ObjectId id) {
    return (prefixed(id) ? PREFIX : "") + id.sqlName();
  }

  /** {@code DROP kind IF EXISTS name;}. */
  String drop(ObjectId id) {
    if (!prefixed(id)) return Suggestions.drop(id);
    return "DROP " + id.kind().label().toUpperCase(Locale.ROOT) + " IF EXISTS " + sqlName(id) + ";";
  }

  /**
   * The full install's statement for an object the upgraded install lacks: {@code OR REPLACE} or
   * {@code IF NOT EXISTS} where PostgreSQL 13 takes them, as written otherwise.
   */
  static String create(ObjectKind kind, String source) {
    return switch (kind) {
      case TRIGGER, RULE, EVENT_TRIGGER, POLICY -> source.strip();
      default -> Suggestions.create(source);
    };
  }

  /** The name as a whole word of lower-cased normalized text. */
  static Pattern word(String name) {
    return Pattern.compile(
        "(?<![a-z0-9_$])" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "(?![a-z0-9_$])");
  }

  /** The order drops run in: what uses other objects before what they use. */
  static int dropRank(ObjectKind k) {
    return switch (k) {
      case TRIGGER, EVENT_TRIGGER, POLICY, RULE -> 0;
      case VIEW, MATERIALIZED_VIEW -> 1;
      case INDEX -> 2;
      case CAST, OPERATOR_CLASS -> 3;
      case OPERATOR_FAMILY, OPERATOR -> 4;
      case AGGREGATE -> 5;
      case FUNCTION, PROCEDURE -> 6;
      case TABLE -> 7;
      case SEQUENCE -> 8;
      case TYPE -> 9;
      case SCHEMA -> 10;
    };
  }
}
