package org.extupgrade.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.extupgrade.build.Sources;
import org.extupgrade.layout.Extension;
import org.extupgrade.report.Ansi;
import org.extupgrade.report.Formats;
import org.jspecify.annotations.Nullable;

/** What the formats need to know about where the extension lives. */
final class Reporting {
  private Reporting() {}

  /**
   * The render options for {@code ext}: the repository root is the nearest folder at or above the
   * extension's with a {@code .git} (a folder, or a file in a worktree), else the working
   * directory.
   */
  static Formats.Options options(
      @Nullable Sources sources,
      Extension ext,
      ExtensionOptions where,
      CommonOptions common,
      FailOnOption failOn) {
    return new Formats.Options(
        common.verbose,
        Ansi.OFF,
        root(where.dir),
        Shown.file(sources, ext.control().file()),
        failOn.failOn);
  }

  static Path root(Path dir) {
    for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) return p;
    }
    return Path.of("").toAbsolutePath();
  }
}
