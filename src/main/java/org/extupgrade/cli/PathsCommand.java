package org.extupgrade.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.layout.PathsAnalysis;
import org.extupgrade.layout.VersionGraph;
import org.extupgrade.layout.VersionOrder;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;
import org.extupgrade.report.PathsDocument;
import org.extupgrade.report.PathsRender;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code extupgrade paths}: PostgreSQL's update-path matrix and what a maintainer must know about it. */
@Command(
    name = "paths",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the update paths PostgreSQL takes between the extension's versions (exactly what"
          + " pg_extension_update_paths() returns, computed from the files alone), and finds"
          + " versions with no path to default_version, scripts that can never run, scripts to"
          + " unknown versions, cycles and direct scripts beside longer chains.",
      "",
      "Example:",
      "  extupgrade paths examples/shop_audit --format markdown > docs/upgrade-paths.md"
    },
    footer = {
      "",
      "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 input error, 3 internal error."
    })
final class PathsCommand implements Callable<Integer> {
  enum Format {
    text,
    json,
    markdown
  }

  @Spec CommandSpec spec;

  @Mixin ExtensionOptions where = new ExtensionOptions();

  @Mixin CommonOptions common = new CommonOptions();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json (every pair and finding) or markdown (the From | To | Path | Status table).")
  Format format = Format.text;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description = "Exit 1 when a finding is at least this severe: error (default), warning or info.")
  String failOn = "error";

  @Option(names = "--all", description = "Text format: list every pair that has a path, not just those to default_version.")
  boolean all;

  @Override
  public Integer call() {
    Severity threshold = threshold();
    Extension ext = ExtensionLoader.load(where.dir, where.extension, where.scripts);
    PathsAnalysis analysis = PathsAnalysis.of(ext);
    PathsDocument doc = document(analysis);
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (format) {
          case text -> PathsRender.text(doc, VersionOrder.INSTANCE, all);
          case json -> PathsRender.json(doc);
          case markdown -> PathsRender.markdown(doc, VersionOrder.INSTANCE);
        });
    out.flush();
    boolean fail = analysis.findings().stream().map(Finding::severity).anyMatch(s -> s.compareTo(threshold) >= 0);
    return fail ? Main.FINDINGS : Main.OK;
  }

  private Severity threshold() {
    try {
      return Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "--fail-on must be error, warning or info, not '" + failOn + "'");
    }
  }

  static PathsDocument document(PathsAnalysis a) {
    VersionGraph g = a.graph();
    List<PathsDocument.Version> versions =
        a.versions().stream()
            .map(v -> new PathsDocument.Version(v, g.installable().contains(v), g.installPath(v).orElse(null)))
            .toList();
    List<PathsDocument.Row> rows =
        a.rows().stream().map(r -> new PathsDocument.Row(r.from(), r.to(), r.path())).toList();
    return new PathsDocument(a.extension().name(), a.extension().defaultVersion(), versions, rows, a.findings());
  }
}
