package org.extupgrade.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.extupgrade.report.FindingReport;
import org.extupgrade.report.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in headless Chromium: it loads, its script runs to the end without a console
 * message, every version and update script is in the DOM, the script paints them as the Java side
 * did, and the filters repaint them.
 */
class HtmlReportBrowserTest {
  @TempDir Path work;

  @Test
  void rendersWithoutConsoleErrorsAndHasEveryNodeAndEdgeInTheDom() throws Exception {
    Chromium chromium = Chromium.require();
    Run run = ReportFixture.run();
    String html = HtmlReport.render(run);
    Path page = work.resolve("report.html");
    Files.writeString(page, html);

    Chromium.Page loaded = chromium.load(page, work);

    assertThat(loaded.console()).as("console messages").isEmpty();
    assertThat(loaded.dom()).contains("data-ready=\"true\"");
    var graph = run.graph();
    long updates = graph.scripts().stream().filter(e -> !e.isInstall()).count();
    assertThat(HtmlReportTest.count(loaded.dom(), "<g class=\"edge ")).isEqualTo(updates);
    assertThat(
            HtmlReportTest.count(loaded.dom(), "<g class=\"node ")
                + HtmlReportTest.count(loaded.dom(), "<g class=\"node\""))
        .isEqualTo(graph.versions().size());
    assertThat(classSets(HtmlReportTest.edges(loaded.dom())))
        .as("the script paints the edges as the Java side did")
        .isEqualTo(classSets(HtmlReportTest.edges(html)));
    assertThat(loaded.dom()).contains("2 of 2 findings shown");
    assertThat(HtmlReportTest.count(loaded.dom(), "<span class=\"counts\">1 error</span>"))
        .isEqualTo(HtmlReportTest.count(html, "<span class=\"counts\">1 error</span>"))
        .isEqualTo(2);
  }

  @Test
  void hidingErrorsHidesTheirFindingsAndRepaintsTheirScripts() throws Exception {
    Chromium chromium = Chromium.require();
    String html =
        HtmlReport.render(ReportFixture.run())
            .replace(
                "</body>",
                "<script>var f = document.getElementById('filters');"
                    + " f.querySelector('input[value=error]').checked = false;"
                    + " f.dispatchEvent(new Event('change'));</script>\n</body>");
    Path page = work.resolve("filtered.html");
    Files.writeString(page, html);

    Chromium.Page loaded = chromium.load(page, work);

    assertThat(loaded.console()).as("console messages").isEmpty();
    assertThat(loaded.dom()).contains("0 of 2 findings shown");
    assertThat(HtmlReportTest.edges(loaded.dom()))
        .containsEntry("1.0 \u2192 1.1", "chosen st-clean")
        .containsEntry("1.1 \u2192 2.0", "chosen st-clean")
        .containsEntry("1.2 \u2192 2.0", "st-untested");
    assertThat(loaded.dom()).contains("<section class=\"script\" id=\"s-e1\" hidden=\"\">");
  }

  @Test
  void choosingAKindShowsOnlyItsFindingsAndRepaintsTheGraph() throws Exception {
    Chromium.Page loaded =
        loadAfter(
            HtmlReport.render(ReportFixture.run()),
            "var s = document.querySelector('select[name=kind]'); s.value = 'update-fails';"
                + " s.dispatchEvent(new Event('change', {bubbles: true}));");

    assertThat(loaded.dom()).contains("1 of 2 findings shown");
    assertThat(HtmlReportTest.edges(loaded.dom()))
        .containsEntry("1.0 \u2192 1.1", "chosen st-failing")
        .containsEntry("1.1 \u2192 2.0", "chosen st-clean");
  }

  @Test
  void uncheckingAMajorHidesWhatOnlyItReportsAndKeepsWhatAnotherCovered() throws Exception {
    FindingReport withFindings = ReportFixture.report();
    FindingReport clean =
        new FindingReport("verify", "gx", withFindings.pairs(), List.of())
            .withGraph(withFindings.graph());
    Run run =
        new Run(
            "verify", "gx", List.of(new Run.Section(16, withFindings), new Run.Section(17, clean)));
    Chromium.Page loaded =
        loadAfter(
            HtmlReport.render(run),
            "var f = document.getElementById('filters');"
                + " f.querySelector('input[name=major][value=\"0\"]').checked = false;"
                + " f.dispatchEvent(new Event('change'));");

    assertThat(loaded.dom()).contains("0 of 2 findings shown");
    assertThat(HtmlReportTest.edges(loaded.dom()))
        .containsEntry("1.0 \u2192 1.1", "chosen st-clean")
        .containsEntry("1.1 \u2192 2.0", "chosen st-clean");
    assertThat(HtmlReportTest.count(loaded.dom(), "<td class=\"cell st-clean\""))
        .isEqualTo(withFindings.pairs().size());
  }

  /** Loads {@code html} with {@code script} run after the page's own. */
  private Chromium.Page loadAfter(String html, String script) throws Exception {
    Chromium chromium = Chromium.require();
    Path page = work.resolve("page.html");
    Files.writeString(page, html.replace("</body>", "<script>" + script + "</script>\n</body>"));
    Chromium.Page loaded = chromium.load(page, work);
    assertThat(loaded.console()).as("console messages").isEmpty();
    return loaded;
  }

  private static Map<String, Set<String>> classSets(Map<String, String> edges) {
    Map<String, Set<String>> out = new TreeMap<>();
    edges.forEach((k, v) -> out.put(k, new TreeSet<>(Arrays.asList(v.split(" ")))));
    return out;
  }
}
