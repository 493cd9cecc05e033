package org.extupgrade.report;

import java.util.List;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;

/**
 * Findings as short terminal text, grouped by version pair; suggestions shown up to a few lines.
 */
public final class TextReport {
  private static final int MAX_LINES = 8;

  private TextReport() {}

  public static String render(FindingReport r) {
    StringBuilder b = new StringBuilder();
    b.append("extupgrade ")
        .append(r.command())
        .append(": ")
        .append(r.extension())
        .append(", ")
        .append(r.pairs().size())
        .append(r.pairs().size() == 1 ? " upgrade" : " upgrades")
        .append('\n');
    for (FindingReport.Group g : r.groups()) {
      b.append('\n').append(g.title());
      if (g.path().size() > 2) b.append(" (via ").append(String.join(" -> ", g.path())).append(')');
      if (g.findings().isEmpty()) {
        b.append(": ok\n");
        continue;
      }
      b.append(": ").append(summary(g.findings())).append('\n');
      for (Finding f : g.findings()) {
        b.append("  ")
            .append(f.severity().label())
            .append(' ')
            .append(f.kind())
            .append(": ")
            .append(f.message())
            .append('\n');
        if (f.where() != null) b.append("    at ").append(f.where()).append('\n');
        block(b, "    ", f.detail());
        if (!f.suggestion().isEmpty()) {
          b.append("    fix:\n");
          block(b, "      ", f.suggestion());
        }
      }
    }
    b.append('\n').append(summary(r.findings())).append('\n');
    return b.toString();
  }

  private static void block(StringBuilder b, String indent, String text) {
    if (text.isEmpty()) return;
    List<String> lines = text.lines().toList();
    for (String l : lines.subList(0, Math.min(MAX_LINES, lines.size())))
      b.append(indent).append(l).append('\n');
    if (lines.size() > MAX_LINES) {
      b.append(indent)
          .append("... (")
          .append(lines.size() - MAX_LINES)
          .append(" more lines; --format json shows all)\n");
    }
  }

  static String summary(List<Finding> fs) {
    long e = fs.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long w = fs.stream().filter(f -> f.severity() == Severity.WARNING).count();
    long i = fs.stream().filter(f -> f.severity() == Severity.INFO).count();
    return plural(e, "error") + ", " + plural(w, "warning") + ", " + i + " info";
  }

  private static String plural(long n, String w) {
    return n + " " + w + (n == 1 ? "" : "s");
  }
}
