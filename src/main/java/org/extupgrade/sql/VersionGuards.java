package org.extupgrade.sql;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tests of the server version in DO blocks, {@code IF current_setting('server_version_num')::int >=
 * 110000 THEN}: a test that every PostgreSQL the tool supports passes guards nothing, so what it
 * guards runs for certain.
 */
final class VersionGuards {
  private VersionGuards() {}

  /** The oldest PostgreSQL the tool installs extensions on (see {@code CatalogQueries.OLDEST}). */
  static final int OLDEST = 130000;

  private static final Pattern TEST =
      Pattern.compile(
          "\\(?(?:pg_catalog\\.)?current_setting\\('server_version_num'\\)(?:::(?:pg_catalog\\.)?"
              + "(?:int|integer|int4|int8|bigint|numeric))?\\)?(>=|>)(\\d+)");

  /** True when the IF test holds on every supported server. */
  static boolean alwaysTrue(List<Token> test) {
    StringBuilder b = new StringBuilder();
    for (Token t : test) b.append(ParserNames.tokenText(t).toLowerCase(Locale.ROOT));
    Matcher m = TEST.matcher(b);
    if (!m.matches()) return false;
    long n = Long.parseLong(m.group(2));
    return m.group(1).equals(">=") ? n <= OLDEST : n < OLDEST;
  }
}
