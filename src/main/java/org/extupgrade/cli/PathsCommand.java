package org.extupgrade.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.extupgrade.build.Sources;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.cluster.Installation;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.PathsAnalysis;
import org.extupgrade.layout.VersionOrder;
import org.extupgrade.model.UserError;
import org.extupgrade.report.Format;
import org.extupgrade.report.Formats;
import org.extupgrade.report.PathsDocument;
import org.extupgrade.report.PathsRender;
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
    PathsDocument doc = PathsReports.document(analysis, rows);
    Formats.Options options = Reporting.options(sources, ext, where, common, failOn);
    formats.write(
        spec,
        (f, ansi) ->
            switch (f) {
              case text -> PathsRender.text(doc, VersionOrder.INSTANCE, all, ansi);
              case json -> PathsRender.json(doc);
              case markdown -> PathsRender.markdown(doc, VersionOrder.INSTANCE);
              default -> Formats.render(f, PathsReports.run(ext, analysis, sources), options);
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
}
