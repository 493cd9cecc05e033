package org.extupgrade.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;
import org.extupgrade.model.VersionPair;

/**
 * Findings as a page a maintainer reads: a summary (upgrades clean and failing, scripts to edit),
 * then the findings grouped by the script to edit, each once with the upgrades it affects. Info
 * findings are counted, and shown with {@code verbose}.
 */
public final class TextReport {
  private static final int MAX_LINES = 8;
  private static final int MAX_AFFECTS = 6;

  private TextReport() {}

  public static String render(FindingReport r) {
    return render(r, false);
  }

  public static String render(FindingReport r, boolean verbose) {
    return render(r, verbose, Ansi.OFF);
  }

  /** The report, coloured by {@code ansi} (severities, scripts, the summary line). */
  public static String render(FindingReport r, boolean verbose, Ansi ansi) {
    StringBuilder b = new StringBuilder();
    List<Finding> shown =
        r.findings().stream().filter(f -> verbose || f.severity() != Severity.INFO).toList();
    Map<String, List<Finding>> byScript = byScript(shown);
    summary(b, r, byScript, ansi);
    for (Map.Entry<String, List<Finding>> e : byScript.entrySet()) {
      b.append('\n')
          .append(ansi.bold(oneLine(e.getKey())))
          .append(": ")
          .append(counts(e.getValue()))
          .append('\n');
      for (Finding f : e.getValue()) finding(b, f, verbose, ansi);
    }
    long hidden = r.findings().size() - shown.size();
    if (hidden > 0) {
      b.append('\n')
          .append(hidden)
          .append(" info (what could not be checked: dynamic SQL, unmodeled statements);")
          .append(" --verbose shows them\n");
    }
    b.append('\n').append(ansi.bold(counts(r.findings()))).append('\n');
    return b.toString();
  }

  private static void summary(
      StringBuilder b, FindingReport r, Map<String, List<Finding>> byScript, Ansi ansi) {
    List<String> failing = failing(r);
    b.append(ansi.bold("extupgrade " + r.command() + ": " + r.extension()));
    if (r.pairs().isEmpty() && !r.command().equals("check") && !r.command().equals("verify")) {
      b.append('\n'); // a command of no upgrades (archive): its notes say what it compared
    } else {
      b.append(", ")
          .append(plural(r.pairs().size(), "upgrade"))
          .append(" checked: ")
          .append(ansi.good((r.pairs().size() - failing.size()) + " clean"))
          .append(", ")
          .append(
              failing.isEmpty()
                  ? "0 with errors or warnings"
                  : ansi.severity(Severity.ERROR, failing.size() + " with errors or warnings"))
          .append('\n');
    }
    for (String s : r.notes()) b.append(s).append('\n');
    long scripts = byScript.keySet().stream().filter(k -> !k.startsWith("(")).count();
    if (byScript.isEmpty()) return;
    b.append(scripts)
        .append(scripts == 1 ? " script" : " scripts")
        .append(" to look at (findings follow, grouped the same way):\n");
    int width = byScript.keySet().stream().mapToInt(String::length).max().orElse(0);
    for (Map.Entry<String, List<Finding>> e : byScript.entrySet()) {
      b.append("  ")
          .append(oneLine(e.getKey()))
          .append(" ".repeat(Math.max(0, width - oneLine(e.getKey()).length())))
          .append("  ")
          .append(counts(e.getValue()))
          .append('\n');
    }
  }

  /** The upgrades that have an error or a warning. */
  static List<String> failing(FindingReport r) {
    java.util.Set<String> hit = new java.util.HashSet<>();
    for (Finding f : r.findings()) {
      if (f.severity() == Severity.INFO) continue;
      hit.add(f.upgrade());
      hit.addAll(f.affects());
    }
    List<String> out = new ArrayList<>();
    for (VersionPair p : r.pairs()) if (hit.contains(p.label())) out.add(p.label());
    return out;
  }

  private static Map<String, List<Finding>> byScript(List<Finding> fs) {
    Map<String, List<Finding>> out = new LinkedHashMap<>();
    List<Finding> sorted = new ArrayList<>(fs);
    sorted.sort(
        java.util.Comparator.comparing(TextReport::scriptOf, NaturalOrder.INSTANCE)
            .thenComparing(Finding::severity, java.util.Comparator.reverseOrder())
            .thenComparing(f -> f.kind().id())
            .thenComparing(Finding::object)
            .thenComparing(f -> String.valueOf(f.where())));
    for (Finding f : sorted) out.computeIfAbsent(scriptOf(f), k -> new ArrayList<>()).add(f);
    return out;
  }

  private static String scriptOf(Finding f) {
    if (f.where() != null) return f.where().file().toString();
    return f.upgrade().isEmpty() ? "(the extension)" : "(upgrades)";
  }

  private static void finding(StringBuilder b, Finding f, boolean verbose, Ansi ansi) {
    b.append("  ")
        .append(ansi.severity(f.severity(), f.severity().label()))
        .append(' ')
        .append(f.kind().id())
        .append(": ")
        .append(oneLine(f.message()))
        .append('\n');
    if (f.where() != null && f.where().line() > 0) {
      b.append("    at ").append(oneLine(f.where().toString())).append('\n');
    }
    if (!f.affects().isEmpty()) b.append("    affects: ").append(affects(f, verbose)).append('\n');
    block(b, "    ", f.detail(), verbose);
    if (!f.suggestion().isEmpty()) {
      b.append("    fix:\n");
      block(b, "      ", f.suggestion(), verbose);
    }
  }

  private static String affects(Finding f, boolean verbose) {
    List<String> a = f.affects();
    if (verbose || a.size() <= MAX_AFFECTS) return String.join(", ", a);
    return String.join(", ", a.subList(0, MAX_AFFECTS - 1))
        + " ... "
        + a.get(a.size() - 1)
        + " ("
        + a.size()
        + " upgrades)";
  }

  private static void block(StringBuilder b, String indent, String text, boolean verbose) {
    if (text.isEmpty()) return;
    List<String> lines = text.lines().toList();
    int max = verbose ? lines.size() : Math.min(MAX_LINES, lines.size());
    for (String l : lines.subList(0, max)) b.append(indent).append(l).append('\n');
    if (lines.size() > max) {
      b.append(indent)
          .append("... (")
          .append(lines.size() - max)
          .append(" more lines; --verbose or --format json shows all)\n");
    }
  }

  /**
   * Text that must stay on its line (a file name, a message): control characters escaped, so a file
   * name with a line break cannot forge a line of the report.
   */
  static String oneLine(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != 0x7f) {
        if (b != null) b.append(c);
        continue;
      }
      if (b == null) b = new StringBuilder(s.substring(0, i));
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
      }
    }
    return b == null ? s : b.toString();
  }

  static String counts(List<Finding> fs) {
    long e = fs.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long w = fs.stream().filter(f -> f.severity() == Severity.WARNING).count();
    long i = fs.stream().filter(f -> f.severity() == Severity.INFO).count();
    return plural(e, "error") + ", " + plural(w, "warning") + ", " + i + " info";
  }

  private static String plural(long n, String w) {
    return n + " " + w + (n == 1 ? "" : "s");
  }
}
