package org.extupgrade.catalog;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog queries, one resource per object class, with explicit variants where the catalogs
 * differ between majors: a variant applies from its major up to the next variant's.
 */
final class CatalogQueries {
  static final int OLDEST = 13;

  /** Object class to (first major the file applies to, resource name). */
  private static final Map<String, NavigableMap<Integer, String>> VARIANTS =
      Map.of(
          // 14 added SQL-standard function bodies (prosqlbody).
          "functions",
          variants(13, "functions.13.sql", 14, "functions.sql"),
          // 14 added the subscript handler (typsubscript).
          "types",
          variants(13, "types.13.sql", 14, "types.sql"),
          // 15 added colliculocale, 16 collicurules, 17 renamed colliculocale to colllocale.
          "collations",
          variants(
              13,
              "collations.13.sql",
              15,
              "collations.15.sql",
              16,
              "collations.16.sql",
              17,
              "collations.sql"));

  /** Every object class, in the order the reader merges them. */
  static final List<String> CLASSES =
      List.of(
          "members",
          "extension",
          "schemas",
          "relations",
          "columns",
          "constraints",
          "indexes",
          "triggers",
          "rules",
          "policies",
          "statistics",
          "sequences",
          "functions",
          "aggregates",
          "types",
          "operators",
          "opclasses",
          "opfamilies",
          "casts",
          "collations",
          "conversions",
          "ts_parsers",
          "ts_templates",
          "ts_dictionaries",
          "ts_configs",
          "fdws",
          "servers",
          "event_triggers",
          "languages",
          "transforms",
          "access_methods");

  private CatalogQueries() {}

  /** The SQL text of {@code objectClass} for a server of {@code major}. */
  /** Resource texts read once per JVM: every snapshot runs every query. */
  private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

  static String sql(String objectClass, int major) {
    if (major < OLDEST) {
      throw new IllegalArgumentException("PostgreSQL " + major + " is older than " + OLDEST);
    }
    NavigableMap<Integer, String> v = VARIANTS.get(objectClass);
    String resource = v == null ? objectClass + ".sql" : v.floorEntry(major).getValue();
    return TEXTS.computeIfAbsent(resource, r -> SqlResource.read(CatalogQueries.class, r));
  }

  private static NavigableMap<Integer, String> variants(Object... pairs) {
    TreeMap<Integer, String> m = new TreeMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((Integer) pairs[i], (String) pairs[i + 1]);
    }
    return m;
  }
}
