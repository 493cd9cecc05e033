package org.extupgrade.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.extupgrade.model.VersionPair;
import org.extupgrade.report.FindingReport;
import org.extupgrade.report.Graph;
import org.extupgrade.report.Run;
import org.extupgrade.report.html.GraphLayout.Box;
import org.junit.jupiter.api.Test;

/** ELK's layout of version graphs the size of a real extension's history. */
class GraphLayoutTest {
  /**
   * 80 versions in a chain, five of them with a direct script to a later version (a branch as
   * pg_trickle has), and a downgrade script (a cycle).
   */
  static Graph history() {
    List<String> versions = new ArrayList<>();
    for (int i = 1; i <= 80; i++) versions.add("0." + i + ".0");
    List<Graph.Edge> edges = new ArrayList<>();
    for (String v : versions) edges.add(new Graph.Edge("", v, "x--" + v + ".sql"));
    for (int i = 0; i + 1 < versions.size(); i++)
      edges.add(update(versions.get(i), versions.get(i + 1)));
    for (int i = 40; i < 45; i++) edges.add(update(versions.get(i), versions.get(48)));
    edges.add(update("0.80.0", "0.79.0"));
    return new Graph("0.80.0", versions, edges);
  }

  private static Graph.Edge update(String from, String to) {
    return new Graph.Edge(from, to, "x--" + from + "--" + to + ".sql");
  }

  @Test
  void foldsEightyVersionsIntoRowsThatFitAScreenWithoutOverlaps() {
    Graph g = history();
    List<Graph.Edge> updates = g.scripts().stream().filter(e -> !e.isInstall()).toList();
    GraphLayout layout = GraphLayout.of(g.versions(), updates);

    assertThat(layout.nodes()).hasSize(80);
    assertThat(layout.edges())
        .hasSize(updates.size())
        .allSatisfy(p -> assertThat(p).hasSizeGreaterThan(1));
    assertThat(layout.width()).isLessThan(1600);
    assertThat(layout.height()).isLessThan(1200);
    for (Box a : layout.nodes()) {
      assertThat(a.x()).isGreaterThanOrEqualTo(0);
      assertThat(a.y()).isGreaterThanOrEqualTo(0);
      assertThat(a.x() + a.w()).isLessThanOrEqualTo(layout.width());
      assertThat(a.y() + a.h()).isLessThanOrEqualTo(layout.height());
      for (Box b : layout.nodes()) {
        boolean apart =
            a == b
                || a.x() + a.w() <= b.x()
                || b.x() + b.w() <= a.x()
                || a.y() + a.h() <= b.y()
                || b.y() + b.h() <= a.y();
        assertThat(apart).as("%s and %s overlap", a, b).isTrue();
      }
    }
  }

  @Test
  void aShortHistoryStaysOnOneRow() {
    GraphLayout layout =
        GraphLayout.of(
            List.of("1.0", "1.1", "2.0"), List.of(update("1.0", "1.1"), update("1.1", "2.0")));
    assertThat(layout.nodes()).extracting(Box::y).containsOnly(layout.nodes().get(0).y());
  }

  @Test
  void aRunWithoutAGraphStillRenders() {
    FindingReport r =
        new FindingReport(
            "check", "x", List.of(new VersionPair("1.0", "2.0", List.of())), List.of());
    String html = HtmlReport.render(Run.of(null, r));
    assertThat(html).contains("<svg").contains("0 versions, 0 update scripts");
  }

  @Test
  void rendersTheWholeHistoryWithEveryUpgradeInTheMatrix() {
    Graph g = history();
    List<VersionPair> pairs = new ArrayList<>();
    for (int i = 0; i < 79; i++) {
      pairs.add(new VersionPair(g.versions().get(i), "0.80.0", g.versions().subList(i, 80)));
    }
    String html =
        HtmlReport.render(
            Run.of(null, new FindingReport("check", "x", pairs, List.of()).withGraph(g)));
    assertThat(HtmlReportTest.count(html, "<td class=\"cell st-clean\"")).isEqualTo(79);
    assertThat(HtmlReportTest.count(html, "<g class=\"edge ")).isEqualTo(85);
    assertThat(HtmlReportTest.count(html, "<g class=\"edge st-untested\"")).isEqualTo(6);
  }
}
