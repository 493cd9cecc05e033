package org.extupgrade.report;

import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;

/**
 * Findings as GitHub Actions workflow commands: {@code ::error file=...,line=...::message}, one
 * annotation per finding on the line to fix (warnings as {@code ::warning}, info as {@code
 * ::notice} with {@code --verbose} only), files relative to the repository root, then one count
 * line. Data and property values are escaped as GitHub's runner unescapes them.
 */
final class GithubCommands {
  private GithubCommands() {}

  static String render(Run run, Formats.Options o) {
    FindingReport r = Majors.merged(run);
    StringBuilder b = new StringBuilder();
    for (Finding f : r.findings()) {
      if (f.severity() == Severity.INFO && !o.verbose()) continue;
      b.append("::").append(command(f.severity()));
      StringBuilder props = new StringBuilder();
      String file = Fingerprint.file(f, o);
      if (file != null) property(props, "file", RepoPath.shown(o.root(), file));
      Location w = f.where();
      if (w != null && w.line() > 0) {
        property(props, "line", String.valueOf(w.line()));
        if (w.column() > 0) property(props, "col", String.valueOf(w.column()));
      }
      property(props, "title", f.kind().id() + (f.object().isEmpty() ? "" : " " + f.object()));
      b.append(' ').append(props).append("::").append(data(message(f))).append('\n');
    }
    b.append("extupgrade ")
        .append(run.command())
        .append(": ")
        .append(run.extension())
        .append(", ")
        .append(TextReport.counts(r.findings()))
        .append('\n');
    return b.toString();
  }

  private static String command(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  private static String message(Finding f) {
    StringBuilder m = new StringBuilder(f.message());
    if (!f.affects().isEmpty()) m.append("\naffects: ").append(String.join(", ", f.affects()));
    if (!f.suggestion().isEmpty()) m.append("\nfix:\n").append(f.suggestion());
    return m.toString();
  }

  private static void property(StringBuilder b, String name, String value) {
    if (!b.isEmpty()) b.append(',');
    b.append(name).append('=').append(property(value));
  }

  /** A message: {@code %}, CR and LF escaped (GitHub's escapeData). */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: as {@link #data}, and {@code :} and {@code ,} (GitHub's escapeProperty). */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
