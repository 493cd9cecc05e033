package org.extupgrade.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;
import org.extupgrade.model.VersionPair;
import org.jspecify.annotations.Nullable;

/**
 * Findings as JUnit XML, for the test tab of CI servers: one testsuite per command and PostgreSQL
 * major, one testcase per upgrade path (clean paths pass), and one per script with findings that
 * belong to no path. A testcase fails when a finding at or above {@code --fail-on} attaches to it;
 * its other findings are its {@code system-out}. No timestamps or durations: same run, same bytes.
 */
final class Junit {
  private Junit() {}

  /** One testcase: its name and the findings attached to it. */
  private record Case(String name, List<Attached> findings) {}

  /**
   * A finding in a testcase: in full in the first testcase it attaches to ({@code home} null), in
   * one line naming that testcase in the others (a finding that affects 40 paths is written in full
   * once, not 40 times).
   */
  private record Attached(Finding finding, @Nullable String home) {
    String text() {
      if (home == null) return PlainFinding.of(finding);
      StringBuilder b = new StringBuilder();
      b.append(finding.severity().label())
          .append(' ')
          .append(finding.kind().id())
          .append(": ")
          .append(finding.message())
          .append('\n');
      if (finding.where() != null) b.append("  at ").append(finding.where()).append('\n');
      return b.append("  (in full under ").append(home).append(")\n").toString();
    }
  }

  static String render(Run run, Formats.Options o) {
    List<String> suites = new ArrayList<>();
    int tests = 0;
    int failures = 0;
    for (Run.Section s : run.sections()) {
      List<Case> cases = cases(s.report());
      String name = "extupgrade " + run.command() + " " + run.extension();
      if (s.major() != null) name += " on PostgreSQL " + s.major();
      String classname =
          "extupgrade." + run.command() + (s.major() == null ? "" : ".pg" + s.major());
      int failed = 0;
      StringBuilder b = new StringBuilder();
      for (Case c : cases) if (testcase(b, classname, c, o.failOn())) failed++;
      StringBuilder suite = new StringBuilder();
      suite
          .append("  <testsuite name=\"")
          .append(Xml.attr(name))
          .append("\" tests=\"")
          .append(cases.size())
          .append("\" failures=\"")
          .append(failed)
          .append("\" errors=\"0\" skipped=\"0\">\n");
      suite.append("    <properties>\n");
      property(suite, "extension", run.extension());
      property(suite, "command", run.command());
      if (s.major() != null) property(suite, "postgresql", String.valueOf(s.major()));
      for (String note : s.report().notes()) property(suite, "note", note);
      suite.append("    </properties>\n").append(b).append("  </testsuite>\n");
      suites.add(suite.toString());
      tests += cases.size();
      failures += failed;
    }
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites name=\"")
        .append(Xml.attr("extupgrade " + run.command() + " " + run.extension()))
        .append("\" tests=\"")
        .append(tests)
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"0\">\n");
    suites.forEach(out::append);
    return out.append("</testsuites>\n").toString();
  }

  /**
   * The upgrade paths in report order, then one case per script (or "the extension") for the
   * findings that attach to no path.
   */
  private static List<Case> cases(FindingReport r) {
    Map<String, Case> byPair = new LinkedHashMap<>();
    for (VersionPair p : r.pairs()) {
      byPair.putIfAbsent(p.label(), new Case("upgrade " + p.label(), new ArrayList<>()));
    }
    Map<String, Case> byScript = new LinkedHashMap<>();
    for (Finding f : r.findings()) {
      String home = null;
      List<String> upgrades = new ArrayList<>(f.affects());
      if (!f.upgrade().isEmpty()) {
        upgrades.remove(f.upgrade());
        upgrades.add(0, f.upgrade());
      }
      for (String u : upgrades) {
        Case c = byPair.get(u);
        if (c == null) continue;
        c.findings().add(new Attached(f, home));
        if (home == null) home = c.name();
      }
      if (home != null) continue;
      String script = f.where() == null ? "the extension" : "script " + f.where().file();
      byScript
          .computeIfAbsent(script, k -> new Case(k, new ArrayList<>()))
          .findings()
          .add(new Attached(f, null));
    }
    List<Case> out = new ArrayList<>(byPair.values());
    byScript.values().stream()
        .sorted(java.util.Comparator.comparing(Case::name, NaturalOrder.INSTANCE))
        .forEach(out::add);
    return out;
  }

  /** Appends the testcase; true when it fails. */
  private static boolean testcase(StringBuilder b, String classname, Case c, Severity failOn) {
    List<Attached> failing =
        c.findings().stream().filter(a -> a.finding().severity().compareTo(failOn) >= 0).toList();
    List<Attached> other =
        c.findings().stream().filter(a -> a.finding().severity().compareTo(failOn) < 0).toList();
    b.append("    <testcase classname=\"")
        .append(Xml.attr(classname))
        .append("\" name=\"")
        .append(Xml.attr(c.name()))
        .append('"');
    if (c.findings().isEmpty()) {
      b.append("/>\n");
      return false;
    }
    b.append(">\n");
    if (!failing.isEmpty()) {
      Finding first = failing.get(0).finding();
      String message =
          failing.size() == 1
              ? first.message()
              : failing.size() + " findings, first: " + first.message();
      b.append("      <failure type=\"")
          .append(Xml.attr(first.kind().id()))
          .append("\" message=\"")
          .append(Xml.attr(message))
          .append("\">")
          .append(Xml.text(text(failing)))
          .append("</failure>\n");
    }
    if (!other.isEmpty()) {
      b.append("      <system-out>").append(Xml.text(text(other))).append("</system-out>\n");
    }
    b.append("    </testcase>\n");
    return !failing.isEmpty();
  }

  private static String text(List<Attached> fs) {
    StringBuilder b = new StringBuilder();
    for (Attached a : fs) {
      if (!b.isEmpty()) b.append('\n');
      b.append(a.text());
    }
    return b.toString();
  }

  private static void property(StringBuilder b, String name, String value) {
    b.append("      <property name=\"")
        .append(Xml.attr(name))
        .append("\" value=\"")
        .append(Xml.attr(value))
        .append("\"/>\n");
  }
}
