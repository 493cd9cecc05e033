package org.extupgrade.cli;

import java.nio.file.Path;
import java.util.List;
import org.extupgrade.build.Sources;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.report.Graph;
import org.jspecify.annotations.Nullable;

/** Findings as a report shows them: built scripts named as the project's make would name them. */
final class Shown {
  private Shown() {}

  static List<Finding> of(Sources sources, List<Finding> findings) {
    return findings.stream().map(f -> of(sources, f)).toList();
  }

  /**
   * Paths under the working directory shown relative to it, as editors and CI annotations expect.
   */
  static Finding relative(Finding f) {
    Location w = f.where();
    if (w == null || !w.file().isAbsolute()) return f;
    Path cwd = Path.of("").toAbsolutePath();
    if (!w.file().startsWith(cwd)) return f;
    String prefix = cwd + java.io.File.separator;
    return f.withMessage(f.message().replace(prefix, ""))
        .withDetail(f.detail().replace(prefix, ""))
        .withWhere(new Location(cwd.relativize(w.file()), w.line(), w.column()));
  }

  /** The extension's version graph, scripts named as findings name them. */
  static Graph graph(@Nullable Sources sources, Extension ext) {
    return Graph.of(ext, p -> file(sources, p));
  }

  /** A file of the extension named as findings name it. */
  static String file(@Nullable Sources sources, Path p) {
    return Graph.relative(sources == null ? p : sources.shown(p).toAbsolutePath());
  }

  static Finding of(Sources sources, Finding f) {
    Location w = f.where();
    Finding g = f.withMessage(sources.shown(f.message())).withDetail(sources.shown(f.detail()));
    return w == null ? g : g.withWhere(new Location(sources.shown(w.file()), w.line(), w.column()));
  }
}
