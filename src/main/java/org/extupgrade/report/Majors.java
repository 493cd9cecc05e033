package org.extupgrade.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.extupgrade.model.Finding;
import org.extupgrade.model.RootCauses;
import org.extupgrade.model.Severity;

/**
 * A run over one or several PostgreSQL majors as one report: for one major its report; for several,
 * each finding once, saying on which majors when not on all of them.
 */
public final class Majors {
  /** Made on first use: the text report loads no JSON library (it is on check's start-up path). */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private Majors() {}

  /**
   * The run's findings as one report: a finding seen on several majors once, its message ending
   * {@code [PostgreSQL 15, 16 only]} when not seen on all of them.
   */
  public static FindingReport merged(Run run) {
    if (run.sections().size() == 1) return run.sections().get(0).report();
    Map<String, Finding> first = new LinkedHashMap<>();
    Map<String, List<Integer>> majors = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    for (Run.Section s : run.sections()) {
      notes.addAll(s.report().notes());
      for (Finding f : s.report().findings()) {
        String k = RootCauses.key(f);
        first.putIfAbsent(k, f);
        majors.computeIfAbsent(k, x -> new ArrayList<>()).add(s.major());
      }
    }
    List<Finding> merged = new ArrayList<>();
    for (Map.Entry<String, Finding> e : first.entrySet()) {
      List<Integer> on = majors.get(e.getKey());
      Finding f = e.getValue();
      merged.add(
          on.size() == run.sections().size()
              ? f
              : f.withMessage(f.message() + " [PostgreSQL " + join(on) + " only]"));
    }
    FindingReport one = run.sections().get(0).report();
    return new FindingReport(one.command(), one.extension(), one.pairs(), merged, notes);
  }

  /** The majors whose report has a finding, in run order. */
  public static List<Integer> failing(Run run) {
    return run.sections().stream()
        .filter(s -> !s.report().findings().isEmpty())
        .map(Run.Section::major)
        .filter(Objects::nonNull)
        .toList();
  }

  /** Text: the merged report, and for several majors the line naming those with findings. */
  static String text(Run run, boolean verbose, Ansi ansi) {
    String text = TextReport.render(merged(run), verbose, ansi);
    if (run.sections().size() == 1) return text;
    List<Integer> failing = failing(run);
    return text + "majors with findings: " + (failing.isEmpty() ? "none" : join(failing)) + "\n";
  }

  /** JSON: the report for one major; for several, a document with each major's report. */
  static String json(Run run) {
    if (run.sections().size() == 1) return JsonReport.render(run.sections().get(0).report());
    try {
      ObjectNode root = Json.MAPPER.createObjectNode();
      root.put("format", JsonReport.FORMAT_VERSION);
      root.put("command", run.command());
      root.put("extension", run.extension());
      ArrayNode f = root.putArray("majorsWithFindings");
      failing(run).forEach(f::add);
      ArrayNode majors = root.putArray("majors");
      for (Run.Section s : run.sections()) {
        ObjectNode m = majors.addObject();
        m.put("major", s.major());
        m.put("errors", s.report().count(Severity.ERROR));
        m.set("report", JsonReport.tree(s.report()));
      }
      return Json.MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String join(List<Integer> majors) {
    return String.join(", ", majors.stream().map(String::valueOf).toList());
  }
}
