package org.extupgrade.layout;

import java.nio.file.Path;
import java.util.List;

/** The fixture extensions under src/test/resources/layouts. */
final class Fixtures {
  static final Path LAYOUTS = Path.of("src/test/resources/layouts");

  private Fixtures() {}

  static Path layout(String name) {
    return LAYOUTS.resolve(name);
  }

  static Extension load(String name) {
    return ExtensionLoader.load(layout(name), null, List.of());
  }

  static Extension load(String name, String extension) {
    return ExtensionLoader.load(layout(name), extension, List.of());
  }
}
