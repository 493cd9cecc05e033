package org.extupgrade.catalog;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One object as the catalogs describe it: its identity in PostgreSQL's words ({@code
 * pg_identify_object}: type, then the schema-qualified identity) and its definition as named
 * fields. A field the catalogs leave NULL is absent.
 *
 * @param identity e.g. {@code function public.f(integer)} or {@code table column public.t.c}
 * @param fields field name to text, sorted by name
 */
public record CatalogObject(String identity, SortedMap<String, String> fields) {

  public CatalogObject {
    if (identity == null || identity.isBlank()) {
      throw new IllegalArgumentException("an object needs an identity");
    }
    fields = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(fields)));
  }

  /** This object with {@code more} fields added; a field already present keeps its value. */
  CatalogObject with(Map<String, String> more) {
    TreeMap<String, String> all = new TreeMap<>(more);
    all.putAll(fields);
    return new CatalogObject(identity, all);
  }

  /** The object's text form: its identity, then one {@code name: value} line per field. */
  public String text() {
    StringBuilder b = new StringBuilder(identity).append('\n');
    fields.forEach((k, v) -> appendField(b, k, v));
    return b.toString();
  }

  static void appendField(StringBuilder b, String name, String value) {
    if (value.indexOf('\n') < 0) {
      b.append("  ").append(name).append(": ").append(value).append('\n');
      return;
    }
    b.append("  ").append(name).append(":\n");
    for (String line : value.split("\n", -1)) {
      b.append("    | ").append(line).append('\n');
    }
  }
}
