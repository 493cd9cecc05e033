package org.extupgrade.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;

/**
 * A Markdown summary sized for a pull-request comment or a job summary: the headline counts, a
 * table of the scripts to fix with their findings (capped, "and N more"), the findings in full
 * inside a collapsed {@code <details>}. Info findings are counted, and listed with {@code
 * --verbose}.
 */
final class MarkdownSummary {
  static final int MAX_SCRIPTS = 10;
  static final int MAX_KINDS_PER_ROW = 3;

  /** Characters of details before "and N more": GitHub refuses comments over 65,536. */
  static final int MAX_DETAIL_CHARS = 40_000;

  private static final int MAX_LINES = 20;

  private MarkdownSummary() {}

  static String render(Run run, Formats.Options o) {
    FindingReport r = Majors.merged(run);
    List<Finding> shown =
        r.findings().stream().filter(f -> o.verbose() || f.severity() != Severity.INFO).toList();
    Map<String, List<Finding>> byScript = byScript(shown, o);
    List<String> failing = TextReport.failing(r);
    StringBuilder b = new StringBuilder();
    b.append("### extupgrade ")
        .append(run.command())
        .append(": ")
        .append(inline(run.extension()))
        .append("\n\n");
    long errors = r.count(Severity.ERROR);
    long warnings = r.count(Severity.WARNING);
    b.append(errors + warnings == 0 ? "**Clean**: " : "**Findings**: ")
        .append(TextReport.counts(r.findings()));
    if (!r.pairs().isEmpty()) {
      b.append("; ")
          .append(r.pairs().size())
          .append(r.pairs().size() == 1 ? " upgrade" : " upgrades")
          .append(" checked, ")
          .append(r.pairs().size() - failing.size())
          .append(" clean, ")
          .append(failing.size())
          .append(" with errors or warnings");
    }
    b.append(".\n");
    if (run.sections().size() > 1) {
      List<Integer> majors = Majors.failing(run);
      b.append("PostgreSQL majors with findings: ")
          .append(majors.isEmpty() ? "none" : Majors.join(majors))
          .append(".\n");
    }
    for (String note : r.notes()) b.append("\n> ").append(inline(note)).append('\n');
    if (byScript.isEmpty()) return b.toString();
    table(b, byScript);
    details(b, byScript, o.verbose());
    return b.toString();
  }

  private static void table(StringBuilder b, Map<String, List<Finding>> byScript) {
    b.append("\n| Script | Errors | Warnings | Findings |\n|---|---:|---:|---|\n");
    int n = 0;
    for (Map.Entry<String, List<Finding>> e : byScript.entrySet()) {
      if (n++ == MAX_SCRIPTS) break;
      List<Finding> fs = e.getValue();
      List<String> kinds = new ArrayList<>();
      for (Finding f : fs) {
        String k = "`" + f.kind().id() + "`" + (f.object().isEmpty() ? "" : " " + cell(f.object()));
        if (!kinds.contains(k)) kinds.add(k);
      }
      String shown =
          String.join("<br>", kinds.subList(0, Math.min(MAX_KINDS_PER_ROW, kinds.size())));
      if (kinds.size() > MAX_KINDS_PER_ROW) {
        shown += "<br>and " + (kinds.size() - MAX_KINDS_PER_ROW) + " more";
      }
      b.append("| ")
          .append(code(e.getKey()))
          .append(" | ")
          .append(fs.stream().filter(f -> f.severity() == Severity.ERROR).count())
          .append(" | ")
          .append(fs.stream().filter(f -> f.severity() == Severity.WARNING).count())
          .append(" | ")
          .append(shown)
          .append(" |\n");
    }
    if (byScript.size() > MAX_SCRIPTS) {
      b.append("\nand ").append(byScript.size() - MAX_SCRIPTS).append(" more scripts\n");
    }
  }

  private static void details(
      StringBuilder b, Map<String, List<Finding>> byScript, boolean verbose) {
    long total = byScript.values().stream().mapToLong(List::size).sum();
    b.append("\n<details><summary>")
        .append(total)
        .append(total == 1 ? " finding" : " findings")
        .append(" in full</summary>\n");
    int start = b.length();
    long written = 0;
    outer:
    for (Map.Entry<String, List<Finding>> e : byScript.entrySet()) {
      b.append("\n#### ").append(code(e.getKey())).append("\n\n");
      for (Finding f : e.getValue()) {
        if (b.length() - start > MAX_DETAIL_CHARS) break outer;
        finding(b, f, verbose);
        written++;
      }
    }
    if (written < total) {
      b.append("and ")
          .append(total - written)
          .append(" more findings: `--format text` or `--format json` shows them all.\n\n");
    }
    b.append("</details>\n");
  }

  private static void finding(StringBuilder b, Finding f, boolean verbose) {
    b.append("- **").append(f.severity().label()).append("** `").append(f.kind().id()).append("`");
    if (f.where() != null && f.where().line() > 0) b.append(" line ").append(f.where().line());
    b.append(": ").append(inline(f.message())).append('\n');
    if (!f.affects().isEmpty()) {
      b.append("  affects: ").append(inline(String.join(", ", f.affects()))).append('\n');
    }
    if (!f.detail().isEmpty()) fenced(b, "diff", f.detail(), verbose);
    if (!f.suggestion().isEmpty()) {
      b.append("\n  fix:\n");
      fenced(b, "sql", f.suggestion(), verbose);
    }
    b.append('\n');
  }

  /** A fenced block indented under its list item; the fence longer than any run of backticks. */
  private static void fenced(StringBuilder b, String lang, String text, boolean verbose) {
    List<String> lines = text.lines().toList();
    int max = verbose ? lines.size() : Math.min(MAX_LINES, lines.size());
    String fence = "`".repeat(Math.max(3, longestRun(text, '`') + 1));
    b.append("\n  ").append(fence).append(lang).append('\n');
    for (String l : lines.subList(0, max))
      b.append("  ").append(TextReport.oneLine(l)).append('\n');
    if (lines.size() > max) {
      b.append("  ... (").append(lines.size() - max).append(" more lines)\n");
    }
    b.append("  ").append(fence).append('\n');
  }

  private static int longestRun(String s, char c) {
    int best = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == c ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  }

  /** The shown findings by the file to edit (relative to the repository root), in file order. */
  private static Map<String, List<Finding>> byScript(List<Finding> fs, Formats.Options o) {
    Map<String, List<Finding>> out = new LinkedHashMap<>();
    fs.stream()
        .sorted(
            java.util.Comparator.comparing((Finding f) -> script(f, o), NaturalOrder.INSTANCE)
                .thenComparing(Finding::severity, java.util.Comparator.reverseOrder())
                .thenComparing(f -> f.kind().id())
                .thenComparing(Finding::object)
                .thenComparing(Finding::message))
        .forEach(f -> out.computeIfAbsent(script(f, o), k -> new ArrayList<>()).add(f));
    return out;
  }

  private static String script(Finding f, Formats.Options o) {
    String file = Fingerprint.file(f, o);
    return file == null ? "(the extension)" : RepoPath.shown(o.root(), file);
  }

  /** Text on one line of Markdown: control characters escaped, HTML tags not taken as such. */
  static String inline(String s) {
    return TextReport.oneLine(s).replace("<", "&lt;");
  }

  private static String cell(String s) {
    return inline(s).replace("|", "\\|");
  }

  private static String code(String s) {
    String one = TextReport.oneLine(s).replace("|", "\\|");
    String ticks = "`".repeat(longestRun(one, '`') + 1);
    return ticks + (one.startsWith("`") ? " " + one + " " : one) + ticks;
  }
}
