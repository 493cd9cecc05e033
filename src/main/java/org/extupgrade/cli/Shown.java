package org.extupgrade.cli;

import java.util.List;
import org.extupgrade.build.Sources;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;

/** Findings as a report shows them: built scripts named as the project's make would name them. */
final class Shown {
  private Shown() {}

  static List<Finding> of(Sources sources, List<Finding> findings) {
    return findings.stream().map(f -> of(sources, f)).toList();
  }

  static Finding of(Sources sources, Finding f) {
    Location w = f.where();
    Finding g = f.withMessage(sources.shown(f.message())).withDetail(sources.shown(f.detail()));
    return w == null ? g : g.withWhere(new Location(sources.shown(w.file()), w.line(), w.column()));
  }
}
