package org.extupgrade.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Catalog SQL kept as {@code .sql} resources beside the class that runs it. */
public final class SqlResource {
  private SqlResource() {}

  /** The text of {@code name}, resolved against {@code anchor}'s package; missing is a bug. */
  public static String read(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing SQL resource " + name + " beside " + anchor);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
