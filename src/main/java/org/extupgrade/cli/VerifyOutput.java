package org.extupgrade.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.extupgrade.build.Sources;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.Finding;
import org.extupgrade.model.RootCauses;
import org.extupgrade.model.Severity;
import org.extupgrade.model.UserError;
import org.extupgrade.policy.Apply;
import org.extupgrade.policy.Policy;
import org.extupgrade.report.FindingReport;
import org.extupgrade.report.JsonReport;
import org.extupgrade.report.TextReport;
import org.extupgrade.verify.VerifyResult;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Verify's output: the shared report for one major; for several, one report per major and a summary
 * of which majors fail.
 */
final class VerifyOutput {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private VerifyOutput() {}

  /** One major's result and its report. */
  record MajorRun(VerifyResult result, FindingReport report) {}

  /** Prints verify's report (of a run, or of merged shards) as the command line asked. */
  record Printer(
      CommandLine cli,
      boolean json,
      CommonOptions common,
      Policy policy,
      @Nullable Sources sources,
      FailOnOption failOn,
      HtmlOption html) {
    /** Prints the report of one result per major; the exit code. */
    int print(
        Extension ext,
        List<VerifyResult> results,
        String stubNote,
        Function<VerifyResult, String> cannotInstall) {
      List<MajorRun> runs = new ArrayList<>();
      for (VerifyResult r : results) {
        if (r.skipped() != null) throw new UserError(cannotInstall.apply(r));
        r = r.withFindings(Apply.to(policy, r.findings()));
        if (sources != null) r = r.withFindings(Shown.of(sources, r.findings()));
        runs.add(new MajorRun(r, report(ext, r).withGraph(Shown.graph(sources, ext))));
      }
      html.write(
          new org.extupgrade.report.Run(
              "verify",
              ext.name(),
              runs.stream()
                  .map(r -> new org.extupgrade.report.Run.Section(r.result().major(), r.report()))
                  .toList()));
      PrintWriter out = cli.getOut();
      // JSON keeps stdout one document: the stub-mode note goes to stderr there.
      if (!common.quiet) (json ? cli.getErr() : out).print(stubNote);
      out.print(render(json, common.verbose, ext.name(), runs));
      out.flush();
      return failOn.exitCode(runs.stream().flatMap(r -> r.result().findings().stream()).toList());
    }
  }

  private static FindingReport report(Extension ext, VerifyResult r) {
    String ran =
        "PostgreSQL "
            + r.major()
            + ", target "
            + r.target()
            + ": "
            + r.scenarios().size()
            + " scenarios run (each update script alone, and "
            + (r.scenarios().size()
                - r.scenarios().stream().filter(s -> s.steps().size() == 2).count())
            + " upgrades whole); "
            + r.converged().size()
            + " upgrades not run whole (made only of clean scripts, or not PostgreSQL's own path:"
            + " --all-paths runs them)";
    return new FindingReport("verify", ext.name(), r.pairs(), r.findings(), List.of(ran));
  }

  static String render(boolean json, boolean verbose, String extension, List<MajorRun> runs) {
    if (runs.size() == 1) {
      return json
          ? JsonReport.render(runs.get(0).report())
          : TextReport.render(runs.get(0).report(), verbose);
    }
    List<Integer> failing =
        runs.stream()
            .filter(r -> !r.result().findings().isEmpty())
            .map(r -> r.result().major())
            .toList();
    return json ? json(extension, runs, failing) : text(runs, failing, verbose);
  }

  /**
   * One report for every major: a finding seen on several majors is shown once, saying on which
   * when not on all of them.
   */
  private static String text(List<MajorRun> runs, List<Integer> failing, boolean verbose) {
    Map<String, Finding> first = new LinkedHashMap<>();
    Map<String, List<Integer>> majors = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    for (MajorRun r : runs) {
      notes.addAll(r.report().notes());
      for (Finding f : r.report().findings()) {
        String k = RootCauses.key(f);
        first.putIfAbsent(k, f);
        majors.computeIfAbsent(k, x -> new ArrayList<>()).add(r.result().major());
      }
    }
    List<Finding> merged = new ArrayList<>();
    for (Map.Entry<String, Finding> e : first.entrySet()) {
      List<Integer> on = majors.get(e.getKey());
      Finding f = e.getValue();
      merged.add(
          on.size() == runs.size()
              ? f
              : f.withMessage(f.message() + " [PostgreSQL " + join(on) + " only]"));
    }
    FindingReport one = runs.get(0).report();
    StringBuilder b = new StringBuilder();
    b.append(
        TextReport.render(
            new FindingReport(one.command(), one.extension(), one.pairs(), merged, notes),
            verbose));
    b.append("majors with findings: ")
        .append(failing.isEmpty() ? "none" : join(failing))
        .append('\n');
    return b.toString();
  }

  private static String json(String extension, List<MajorRun> runs, List<Integer> failing) {
    try {
      ObjectNode root = JSON.createObjectNode();
      root.put("format", JsonReport.FORMAT_VERSION);
      root.put("command", "verify");
      root.put("extension", extension);
      ArrayNode f = root.putArray("majorsWithFindings");
      failing.forEach(f::add);
      ArrayNode majors = root.putArray("majors");
      for (MajorRun r : runs) {
        ObjectNode m = majors.addObject();
        m.put("major", r.result().major());
        m.put("errors", r.report().count(Severity.ERROR));
        m.set("report", JsonReport.tree(r.report()));
      }
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String join(List<Integer> majors) {
    return String.join(", ", majors.stream().map(String::valueOf).toList());
  }
}
