package org.extupgrade.check;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column type changes {@code ALTER COLUMN ... TYPE} makes without a {@code USING} and without
 * losing a value: integers and floats to wider ones, strings to longer or unbounded ones, numerics
 * to wider precision.
 */
final class ColumnTypes {
  private ColumnTypes() {}

  private static final Map<String, List<String>> WIDER =
      Map.of(
          "smallint", List.of("integer", "bigint", "numeric", "real", "double precision"),
          "integer", List.of("bigint", "numeric", "double precision"),
          "bigint", List.of("numeric"),
          "real", List.of("double precision"),
          "character varying", List.of("text"),
          "character", List.of("text", "character varying"),
          "text", List.of("character varying"));

  private static final Pattern TYPE = Pattern.compile("([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?");

  /** True when every value of type {@code a} converts to type {@code b} as it is. */
  static boolean widens(String a, String b) {
    Matcher ma = TYPE.matcher(a.strip());
    Matcher mb = TYPE.matcher(b.strip());
    if (!ma.matches() || !mb.matches()) return false;
    String baseA = base(ma.group(1));
    String baseB = base(mb.group(1));
    if (baseA.equals(baseB)) {
      if (mb.group(2) == null) return true; // unbounded
      if (ma.group(2) == null) return false;
      int pa = Integer.parseInt(ma.group(2));
      int pb = Integer.parseInt(mb.group(2));
      int sa = ma.group(3) == null ? 0 : Integer.parseInt(ma.group(3));
      int sb = mb.group(3) == null ? 0 : Integer.parseInt(mb.group(3));
      return pb >= pa && sb >= sa && pb - sb >= pa - sa;
    }
    if (baseA.equals("text") && baseB.equals("character varying")) return mb.group(2) == null;
    return mb.group(2) == null && WIDER.getOrDefault(baseA, List.of()).contains(baseB);
  }

  private static String base(String t) {
    String s = t.strip();
    return switch (s) {
      case "int", "int4" -> "integer";
      case "int2" -> "smallint";
      case "int8" -> "bigint";
      case "float4" -> "real";
      case "float8", "float" -> "double precision";
      case "varchar" -> "character varying";
      case "char", "bpchar" -> "character";
      case "decimal" -> "numeric";
      default -> s;
    };
  }
}
