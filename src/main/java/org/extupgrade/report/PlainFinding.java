package org.extupgrade.report;

import org.extupgrade.model.Finding;

/**
 * A finding in full as plain text, every line of its detail and fix: for reports read in a CI
 * server's log or test tab, where nothing can be expanded later.
 */
final class PlainFinding {
  private PlainFinding() {}

  static String of(Finding f) {
    StringBuilder b = new StringBuilder();
    b.append(f.severity().label())
        .append(' ')
        .append(f.kind().id())
        .append(": ")
        .append(f.message())
        .append('\n');
    if (f.where() != null) b.append("  at ").append(f.where()).append('\n');
    if (!f.affects().isEmpty()) {
      b.append("  affects: ").append(String.join(", ", f.affects())).append('\n');
    }
    f.detail().lines().forEach(l -> b.append("  ").append(l).append('\n'));
    if (!f.suggestion().isEmpty()) {
      b.append("  fix:\n");
      f.suggestion().lines().forEach(l -> b.append("    ").append(l).append('\n'));
    }
    return b.toString();
  }
}
