package org.extupgrade.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.extupgrade.build.Sources;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.Finding;
import org.extupgrade.model.UserError;
import org.extupgrade.policy.Apply;
import org.extupgrade.report.FindingReport;
import org.extupgrade.report.Formats;
import org.extupgrade.report.Run;
import org.extupgrade.verify.VerifyResult;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Verify's output: one report per major, in every format asked for ({@link Formats}; several majors
 * become one report in text, see {@link org.extupgrade.report.Majors}).
 */
final class VerifyOutput {
  private VerifyOutput() {}

  /** Prints verify's report (of a run, or of merged shards) as the command line asked. */
  record Printer(
      CommandSpec spec,
      FormatOptions formats,
      CommonOptions common,
      ExtensionOptions where,
      @Nullable Sources sources,
      FailOnOption failOn) {
    /** Prints the report of one result per major; the exit code. */
    int print(
        Extension ext,
        List<VerifyResult> results,
        String stubNote,
        Function<VerifyResult, String> cannotInstall) {
      List<Run.Section> sections = new ArrayList<>();
      List<Finding> all = new ArrayList<>();
      for (VerifyResult r : results) {
        if (r.skipped() != null) throw new UserError(cannotInstall.apply(r));
        r = r.withFindings(Apply.to(where.policy(), r.findings()));
        if (sources != null) r = r.withFindings(Shown.of(sources, r.findings()));
        all.addAll(r.findings());
        sections.add(
            new Run.Section(r.major(), report(ext, r).withGraph(Shown.graph(sources, ext))));
      }
      Run run = new Run("verify", ext.name(), sections);
      // the stub-mode note goes with text on standard output, else to stderr (stdout stays one
      // document)
      if (!common.quiet) {
        (formats.textToStdout(spec) ? spec.commandLine().getOut() : spec.commandLine().getErr())
            .print(stubNote);
      }
      Formats.Options o = Reporting.options(sources, ext, where, common, failOn);
      formats.write(spec, (f, ansi) -> Formats.render(f, run, o.withAnsi(ansi)));
      return failOn.exitCode(all);
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
    List<String> notes = new ArrayList<>(List.of(ran));
    r.notes().forEach(n -> notes.add("PostgreSQL " + r.major() + ": " + n));
    return new FindingReport("verify", ext.name(), r.pairs(), r.findings(), notes);
  }
}
