package org.extupgrade.sql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code (KEY = value, ...)} list of CREATE TYPE (base), CREATE AGGREGATE and CREATE OPERATOR,
 * as PostgreSQL stores it: order does not matter, and an option written out with its default value
 * is the same as one left out.
 */
final class ParserOptions {
  private ParserOptions() {}

  /** Options whose value is a type: normalized as types ({@code int8} is {@code bigint}). */
  private static final java.util.Set<String> TYPES =
      java.util.Set.of("leftarg", "rightarg", "stype", "mstype", "basetype", "element", "subtype");

  /** Defaults of a base type (CREATE TYPE name (INPUT = ..., ...)). */
  static final Map<String, String> BASE_TYPE =
      Map.of(
          "internallength", "variable",
          "alignment", "int4",
          "storage", "plain",
          "category", "'U'",
          "preferred", "false",
          "delimiter", "','",
          "collatable", "false",
          "passedbyvalue", "false");

  /** Defaults of an aggregate. */
  static final Map<String, String> AGGREGATE = Map.of("parallel", "unsafe");

  /** Defaults of an operator: the flags are off unless written. */
  static final Map<String, String> OPERATOR = Map.of("hashes", "false", "merges", "false");

  /**
   * The options' normalized text: {@code key = value} sorted by key, defaults left out, flags
   * ({@code PASSEDBYVALUE}, {@code HASHES}) as {@code key = true}, alias spellings of alignment and
   * storage in one form.
   */
  static String normalize(List<Token> inner, Map<String, String> defaults) {
    Map<String, String> m = new TreeMap<>();
    for (List<Token> opt : ParserCursor.splitCommas(inner)) {
      if (opt.isEmpty()) continue;
      String key = opt.get(0).value().toLowerCase(Locale.ROOT);
      if (key.equals("procedure")) key = "function"; // CREATE OPERATOR's old spelling
      List<Token> v =
          opt.size() > 2 && opt.get(1).text().equals("=")
              ? opt.subList(2, opt.size())
              : opt.subList(1, opt.size());
      String value =
          opt.size() == 1
              ? "true"
              : TYPES.contains(key) ? ParserTypes.identity(v) : ParserNames.norm(v);
      value = spelling(key, value);
      if (value.equals(defaults.get(key))) continue;
      m.put(key, value);
    }
    StringBuilder b = new StringBuilder("(");
    for (Map.Entry<String, String> e : m.entrySet()) {
      if (b.length() > 1) b.append(", ");
      b.append(e.getKey()).append(" = ").append(e.getValue());
    }
    return b.append(')').toString();
  }

  private static String spelling(String key, String value) {
    String v = value.toLowerCase(Locale.ROOT);
    if (key.equals("alignment")) {
      return switch (v) {
        case "integer", "int", "int4" -> "int4";
        case "smallint", "int2" -> "int2";
        case "double", "double precision" -> "double";
        default -> v;
      };
    }
    if (key.equals("storage") || key.equals("parallel") || key.equals("internallength")) return v;
    if (key.equals("preferred") || key.equals("collatable") || key.equals("passedbyvalue")) {
      if (List.of("true", "on", "yes", "1", "'t'", "'true'").contains(v)) return "true";
      if (List.of("false", "off", "no", "0", "'f'", "'false'").contains(v)) return "false";
    }
    return value;
  }
}
