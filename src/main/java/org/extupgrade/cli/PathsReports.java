package org.extupgrade.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.extupgrade.build.Sources;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.PathsAnalysis;
import org.extupgrade.layout.VersionGraph;
import org.extupgrade.layout.VersionOrder;
import org.extupgrade.model.VersionPair;
import org.extupgrade.report.FindingReport;
import org.extupgrade.report.PathsDocument;
import org.extupgrade.report.Run;

/** The paths analysis as the report layer sees it: its own document, and a run for CI formats. */
final class PathsReports {
  private PathsReports() {}

  /**
   * The paths analysis as a run, for the formats shared with check and verify: one testcase per
   * version's upgrade to default_version, the findings, the graph.
   */
  static Run run(Extension ext, PathsAnalysis analysis, Sources sources) {
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
