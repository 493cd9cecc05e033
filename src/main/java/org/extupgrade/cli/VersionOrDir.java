package org.extupgrade.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Commands that take {@code [EXTENSION_DIR] [VERSION]}: a lone argument that is not a folder is the
 * version, so {@code extupgrade archive 1.4} works in the project's folder.
 */
final class VersionOrDir {
  private VersionOrDir() {}

  /** Moves a lone non-folder argument from {@code where.dir} to {@code version}. */
  static void apply(ExtensionOptions where, Consumer<String> version) {
    if (!where.dirGiven || Files.isDirectory(where.dir)) return;
    String s = where.dir.toString();
    if (s.contains("/")) return; // a path that does not exist: the usual error names it
    version.accept(s);
    where.dir = Path.of(".");
  }
}
