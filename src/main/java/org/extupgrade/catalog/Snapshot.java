package org.extupgrade.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything one extension owns in one database, as a value: the same catalogs give an equal
 * snapshot and byte-identical text and JSON.
 *
 * @param extension the extension's name
 * @param serverMajor the server's major version (13..18) the snapshot was read from
 * @param objects every object by identity, in identity order
 */
public record Snapshot(
    String extension, int serverMajor, SortedMap<String, CatalogObject> objects) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public Snapshot {
    Objects.requireNonNull(extension, "extension");
    TreeMap<String, CatalogObject> copy = new TreeMap<>(objects);
    copy.forEach(
        (k, v) -> {
          if (!k.equals(v.identity())) {
            throw new IllegalArgumentException("key " + k + " is not the identity " + v.identity());
          }
        });
    objects = Collections.unmodifiableSortedMap(copy);
  }

  /** The text form: every object's text, in identity order. */
  public String text() {
    StringBuilder b = new StringBuilder();
    objects.values().forEach(o -> b.append(o.text()));
    return b.toString();
  }

  /**
   * The JSON form: {@code {"extension":..,"serverMajor":..,"objects":{identity:{field:value}}}}.
   */
  public String json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("extension", extension);
    root.put("serverMajor", serverMajor);
    Map<String, Object> objs = new LinkedHashMap<>();
    objects.forEach((k, v) -> objs.put(k, v.fields()));
    root.put("objects", objs);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a snapshot as JSON", e);
    }
  }
}
