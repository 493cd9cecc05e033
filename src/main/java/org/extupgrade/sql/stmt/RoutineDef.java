package org.extupgrade.sql.stmt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a function, procedure or aggregate is, besides its identity. Values are normalized text with
 * PostgreSQL's defaults filled in (volatile, called on null input, security invoker, parallel
 * unsafe, not leakproof), so that an omitted default equals the default written out.
 *
 * @param result the normalized result type ({@code void} for procedures, {@code TABLE(...)} or
 *     {@code SETOF t} as written), or the aggregate's state definition
 * @param body the function body as written (string contents, or {@code obj|symbol} for C); compare
 *     with a normalizer, not verbatim
 * @param settings {@code SET} clauses, normalized, in order
 * @param argNames the arguments' names in order, OUT ones included ({@code ""} for an unnamed one)
 * @param argDefaults the arguments' defaults in order, normalized tokens ({@code ""} for none)
 */
public record RoutineDef(
    String result,
    String language,
    String volatility,
    boolean strict,
    boolean securityDefiner,
    boolean leakproof,
    String parallel,
    String cost,
    String rows,
    List<String> settings,
    String body,
    List<String> argNames,
    List<String> argDefaults)
    implements Definition {

  public RoutineDef {
    Objects.requireNonNull(result);
    Objects.requireNonNull(language);
    Objects.requireNonNull(volatility);
    Objects.requireNonNull(parallel);
    Objects.requireNonNull(cost);
    Objects.requireNonNull(rows);
    settings = List.copyOf(settings);
    Objects.requireNonNull(body);
    argNames = List.copyOf(argNames);
    argDefaults = List.copyOf(argDefaults);
  }

  /**
   * The attributes other than result and body, by the name ALTER FUNCTION uses, with PostgreSQL's
   * defaults for those not written: cost 1 for C and internal functions and 100 for others, rows
   * 1000 for set-returning functions and 0 for others.
   */
  public Map<String, String> attributes() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("language", language);
    m.put("volatility", volatility);
    m.put("strict", strict ? "strict" : "called on null input");
    m.put("security", securityDefiner ? "security definer" : "security invoker");
    m.put("leakproof", leakproof ? "leakproof" : "not leakproof");
    m.put("parallel", parallel);
    boolean builtin = language.equals("c") || language.equals("internal");
    m.put("cost", number(cost, builtin ? "1" : "100"));
    boolean set = result.startsWith("setof ") || result.startsWith("TABLE(");
    m.put("rows", number(rows, set ? "1000" : "0"));
    m.put("set", String.join("; ", settings));
    return m;
  }

  /** A number as PostgreSQL stores it ({@code 100.0} is {@code 100}), or the default if empty. */
  private static String number(String written, String dflt) {
    if (written.isEmpty()) return dflt;
    try {
      return new java.math.BigDecimal(written).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return written;
    }
  }

  /** This definition with another body (after substitutions). */
  public RoutineDef withBody(String b) {
    return new RoutineDef(
        result,
        language,
        volatility,
        strict,
        securityDefiner,
        leakproof,
        parallel,
        cost,
        rows,
        settings,
        b,
        argNames,
        argDefaults);
  }

  /**
   * This definition with attributes changed as by ALTER FUNCTION (keys of {@link #attributes()}).
   */
  public RoutineDef with(Map<String, String> changes) {
    String vol = changes.getOrDefault("volatility", volatility);
    boolean str = changes.containsKey("strict") ? changes.get("strict").equals("strict") : strict;
    boolean sec =
        changes.containsKey("security")
            ? changes.get("security").equals("security definer")
            : securityDefiner;
    boolean leak =
        changes.containsKey("leakproof") ? changes.get("leakproof").equals("leakproof") : leakproof;
    List<String> set = settings;
    if (changes.containsKey("set")) {
      String s = changes.get("set");
      set = s.isEmpty() ? List.of() : List.of(s.split("; "));
    }
    return new RoutineDef(
        result,
        language,
        vol,
        str,
        sec,
        leak,
        changes.getOrDefault("parallel", parallel),
        changes.getOrDefault("cost", cost),
        changes.getOrDefault("rows", rows),
        set,
        body,
        argNames,
        argDefaults);
  }
}
