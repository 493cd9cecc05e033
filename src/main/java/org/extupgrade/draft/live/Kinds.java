package org.extupgrade.draft.live;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The object types of catalog identities ({@code pg_identify_object}'s words) and how SQL names
 * them.
 */
final class Kinds {
  /** Longest first, so {@code table column} is not taken for {@code table}. */
  private static final List<String> TYPES =
      List.of(
          "materialized view column",
          "foreign table column",
          "materialized view",
          "table constraint",
          "domain constraint",
          "operator of access method",
          "function of access method",
          "operator family",
          "operator class",
          "text search configuration",
          "text search dictionary",
          "text search template",
          "text search parser",
          "foreign-data wrapper",
          "foreign table",
          "event trigger",
          "access method",
          "table column",
          "view column",
          "extension",
          "aggregate",
          "procedure",
          "function",
          "sequence",
          "operator",
          "trigger",
          "policy",
          "schema",
          "server",
          "table",
          "index",
          "view",
          "type",
          "rule",
          "cast");

  private Kinds() {}

  /** The type of {@code identity}: the words before its name. */
  static String type(String identity) {
    for (String t : TYPES) if (identity.startsWith(t + " ")) return t;
    int sp = identity.indexOf(' ');
    return sp < 0 ? identity : identity.substring(0, sp);
  }

  /** True for a part of a table: dropped and created with it. */
  static boolean tablePart(String type) {
    return switch (type) {
      case "table column", "table constraint", "index", "trigger", "policy", "rule" -> true;
      default -> false;
    };
  }

  /** {@code x ON t} of a trigger, policy, rule or constraint identity, split. */
  static String[] on(String name) {
    int at = name.lastIndexOf(" on ");
    return new String[] {name.substring(0, at), name.substring(at + 4)};
  }

  /** {@code t.c} of a column, split at the last dot outside quotes. */
  static String[] column(String name) {
    boolean quoted = false;
    int dot = -1;
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (ch == '"') quoted = !quoted;
      else if (ch == '.' && !quoted) dot = i;
    }
    return new String[] {name.substring(0, dot), name.substring(dot + 1)};
  }

  /** The DROP statement of an object ({@code name} as the draft writes it). */
  static String drop(String type, String name) {
    return switch (type) {
      case "trigger", "policy", "rule" -> {
        String[] p = on(name);
        yield "DROP " + upper(type) + " IF EXISTS " + p[0] + " ON " + p[1] + ";";
      }
      case "table constraint" -> {
        String[] p = on(name);
        yield "ALTER TABLE " + p[1] + " DROP CONSTRAINT IF EXISTS " + p[0] + ";";
      }
      case "domain constraint" -> {
        String[] p = on(name);
        yield "ALTER DOMAIN " + p[1] + " DROP CONSTRAINT IF EXISTS " + p[0] + ";";
      }
      case "table column" -> {
        String[] p = column(name);
        yield "ALTER TABLE " + p[0] + " DROP COLUMN IF EXISTS " + p[1] + ";";
      }
      default -> "DROP " + upper(type) + " IF EXISTS " + name + ";";
    };
  }

  /** {@code COMMENT ON ...} target: {@code COLUMN t.c}, {@code CONSTRAINT c ON t}, ... */
  static String commentTarget(String type, String name) {
    return switch (type) {
      case "table column", "view column", "materialized view column", "foreign table column" ->
          "COLUMN " + name;
      case "table constraint" -> "CONSTRAINT " + name.replace(" on ", " ON ");
      case "domain constraint" -> {
        String[] p = on(name);
        yield "CONSTRAINT " + p[0] + " ON DOMAIN " + p[1];
      }
      case "trigger", "policy", "rule" -> upper(type) + " " + name.replace(" on ", " ON ");
      default -> upper(type) + " " + name;
    };
  }

  /** acldefault's kind letter for a type that has privileges, or 0. */
  static char aclKind(String type) {
    return switch (type) {
      case "function", "procedure", "aggregate" -> 'f';
      case "table", "view", "materialized view", "foreign table" -> 'r';
      case "sequence" -> 's';
      case "type" -> 'T';
      case "schema" -> 'n';
      default -> 0;
    };
  }

  /** The GRANT target: {@code TABLE t}, {@code FUNCTION f(integer)}, ... */
  static String grantTarget(String type, String name) {
    return switch (type) {
      case "view", "materialized view", "foreign table" -> "TABLE " + name;
      case "aggregate" -> "FUNCTION " + name;
      default -> upper(type) + " " + name;
    };
  }

  /** A boolean field as the catalog reader keeps it ({@code t}). */
  static boolean yes(@Nullable String value) {
    return "t".equals(value) || "true".equals(value);
  }

  static String upper(String type) {
    return type.toUpperCase(Locale.ROOT);
  }
}
