package org.extupgrade.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.extupgrade.build.Sources;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.cluster.Installation;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.PathsAnalysis;
import org.extupgrade.layout.VersionGraph;
import org.extupgrade.layout.VersionOrder;
import org.extupgrade.model.UserError;
import org.extupgrade.model.VersionPair;
import org.extupgrade.report.FindingReport;
import org.extupgrade.report.Format;
import org.extupgrade.report.Formats;
import org.extupgrade.report.PathsDocument;
import org.extupgrade.report.PathsRender;
import org.extupgrade.report.Run;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code extupgrade paths}: PostgreSQL's update-path matrix and what a maintainer must know about
 * it.
 */
@Command(
    name = "paths",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the update paths PostgreSQL takes between the extension's versions (exactly what"
          + " pg_extension_update_paths() returns, computed from the files alone), and finds"
          + " versions with no path to default_version, scripts no install script leads to, scripts to"
          + " unknown versions, cycles and direct scripts beside longer chains.",
      "",
      "Examples:",
      "  extupgrade paths examples/shop_audit --format markdown > docs/upgrade-paths.md",
      "  extupgrade paths . --confirm --pg-bindir /usr/lib/postgresql/15/bin"
    },
    footer = {
      "",
      "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 input error, 3 internal error."
    })
final class PathsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExtensionOptions where = new ExtensionOptions();

  @Mixin CommonOptions common = new CommonOptions();

  /** json: every pair and finding; markdown: the From | To | Path | Status table. */
  @Mixin FormatOptions formats = new FormatOptions();

  @Mixin FailOnOption failOn = new FailOnOption();

  @Option(
      names = "--all",
      description =
          "Text format: list every pair that has a path, not just those to default_version.")
  boolean all;

  @Option(
      names = "--confirm",
      description =
          "Also ask real PostgreSQL (a throwaway server, see --pg): fail if its"
              + " pg_extension_update_paths() differs from the files' reading.")
  boolean confirm;

  @Mixin PgOptions pg = new PgOptions();

  @Override
  public Integer call() {
    formats.outputs(spec); // a bad --format/--output combination fails before any work
    try (Sources sources = where.open(spec.commandLine().getErr())) {
      return run(sources, sources.extension());
    }
  }

  private Integer run(Sources sources, Extension ext) {
    PathsAnalysis analysis = PathsAnalysis.of(ext);
    // the short text report needs only the pairs to default_version: skip the other rows
    boolean textOnly = formats.outputs(spec).stream().allMatch(o -> o.format == Format.text);
    List<PathsAnalysis.Row> rows =
        textOnly && !all ? analysis.rowsTo(ext.defaultVersion()) : analysis.rows();
    PathsDocument doc = document(analysis, rows);
    Formats.Options options = Reporting.options(sources, ext, where, common, failOn);
    formats.write(
        spec,
        (f, ansi) ->
            switch (f) {
              case text -> PathsRender.text(doc, VersionOrder.INSTANCE, all, ansi);
              case json -> PathsRender.json(doc);
              case markdown -> PathsRender.markdown(doc, VersionOrder.INSTANCE);
              default -> Formats.render(f, run(ext, analysis, sources), options);
            });
    if (confirm) {
      String agreed = confirm(ext, analysis);
      PrintWriter out = spec.commandLine().getOut();
      (formats.textToStdout(spec) ? out : spec.commandLine().getErr()).println(agreed);
      out.flush();
    }
    return failOn.exitCode(analysis.findings());
  }

  /**
   * The paths analysis as a run, for the formats shared with check and verify: one testcase per
   * version's upgrade to default_version, the findings, the graph.
   */
  private static Run run(Extension ext, PathsAnalysis analysis, Sources sources) {
    List<VersionPair> pairs = new ArrayList<>();
    Set<String> installable = analysis.graph().installable();
    for (PathsAnalysis.Row r : analysis.rowsTo(ext.defaultVersion())) {
      // a testcase per version a user can be on: installable, or on a path to default_version
      // (versions newer than default_version need no path down to it)
      boolean older = VersionOrder.INSTANCE.compare(r.from(), r.to()) < 0;
      if (r.path() == null && !(older && installable.contains(r.from()))) continue;
      pairs.add(new VersionPair(r.from(), r.to(), r.path() == null ? List.of() : r.path()));
    }
    pairs.sort(java.util.Comparator.comparing(VersionPair::from, VersionOrder.INSTANCE));
    FindingReport report =
        new FindingReport(
                "paths",
                ext.name(),
                pairs,
                Shown.of(sources, analysis.findings()).stream().map(Shown::relative).toList())
            .withGraph(Shown.graph(sources, ext));
    return Run.of(null, report);
  }

  /**
   * Stages the extension on a throwaway server and compares; a difference is a bug of ours (exit
   * 3).
   */
  private String confirm(Extension ext, PathsAnalysis analysis) {
    Installation inst = pg.installation();
    Set<String> ours = new TreeSet<>();
    analysis
        .rows()
        .forEach(
            r ->
                ours.add(
                    r.from() + " -> " + r.to() + ": " + (r.path() == null ? "none" : r.joined())));
    Set<String> theirs = new TreeSet<>();
    try (Cluster cluster = Cluster.start(inst)) {
      cluster.stage(ext);
      try (Connection c = cluster.connect("postgres");
          PreparedStatement s =
              c.prepareStatement(
                  "SELECT source || ' -> ' || target || ': ' || coalesce(path, 'none') FROM pg_extension_update_paths(?)")) {
        s.setString(1, ext.name());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            theirs.add(rs.getString(1));
          }
        }
      }
    } catch (SQLException e) {
      throw new UserError(
          "PostgreSQL "
              + inst.version()
              + " could not read the extension's files: "
              + e.getMessage()
              + " (SQLSTATE "
              + e.getSQLState()
              + ")");
    }
    if (!ours.equals(theirs)) {
      Set<String> onlyOurs = new TreeSet<>(ours);
      onlyOurs.removeAll(theirs);
      Set<String> onlyTheirs = new TreeSet<>(theirs);
      onlyTheirs.removeAll(ours);
      throw new IllegalStateException(
          "PostgreSQL "
              + inst.version()
              + " disagrees with extupgrade's reading"
              + " of the files; PostgreSQL says "
              + onlyTheirs
              + ", extupgrade says "
              + onlyOurs
              + ": please report this");
    }
    return "Confirmed by PostgreSQL "
        + inst.version()
        + ": pg_extension_update_paths() agrees on all "
        + ours.size()
        + " pairs.";
  }

  static PathsDocument document(PathsAnalysis a, List<PathsAnalysis.Row> pairs) {
    VersionGraph g = a.graph();
    Set<String> installable = g.installable();
    List<PathsDocument.Version> versions =
        a.versions().stream()
            .map(
                v ->
                    new PathsDocument.Version(
                        v, installable.contains(v), g.installPath(v).orElse(null)))
            .toList();
    List<PathsDocument.Row> rows =
        pairs.stream().map(r -> new PathsDocument.Row(r.from(), r.to(), r.path())).toList();
    return new PathsDocument(
        a.extension().name(), a.extension().defaultVersion(), versions, rows, a.findings());
  }
}
