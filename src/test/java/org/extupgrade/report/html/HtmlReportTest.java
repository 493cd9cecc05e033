package org.extupgrade.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.extupgrade.report.FindingReport;
import org.extupgrade.report.Run;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The HTML page as text: what it draws, in which status, and that it stays one safe page. */
class HtmlReportTest {
  private static final Pattern EDGE = Pattern.compile("<g class=\"edge ([^\"]*)\" id=\"e(\\d+)\">");
  private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

  /** {@code from -> to} of each edge, with its classes. */
  static Map<String, String> edges(String html) {
    Map<String, String> out = new TreeMap<>();
    for (String line : html.lines().toList()) {
      Matcher e = EDGE.matcher(line);
      Matcher t = TITLE.matcher(line);
      if (e.find() && t.find()) out.put(t.group(1).replaceAll(":.*", ""), e.group(1));
    }
    return out;
  }

  @Nested
  class OnTheFixture {
    private final String html = HtmlReport.render(ReportFixture.run());

    @Test
    void drawsEveryVersionAndEveryUpdateScript() {
      assertThat(count(html, "<g class=\"node ") + count(html, "<g class=\"node\"")).isEqualTo(5);
      assertThat(count(html, "<g class=\"edge ")).isEqualTo(5);
      assertThat(count(html, "<td class=\"cell ")).isEqualTo(3);
    }

    @Test
    void coloursEachScriptByTheFindingsThatNameItAndHighlightsPostgresPath() {
      assertThat(edges(html))
          .containsExactly(
              Map.entry("0.9 \u2192 1.0", "st-clean chosen"),
              Map.entry("1.0 \u2192 1.1", "st-failing chosen"),
              Map.entry("1.1 \u2192 1.2", "st-untested"),
              Map.entry("1.1 \u2192 2.0", "st-findings chosen"),
              Map.entry("1.2 \u2192 2.0", "st-untested"));
    }

    @Test
    void marksFullInstallScriptsOnTheirVersionsAndTheDefaultVersion() {
      assertThat(count(html, "<g class=\"node install st-clean")).isEqualTo(4);
      assertThat(html).contains("<g class=\"node\" id=\"n3\"><title>1.2\nno full install script");
      assertThat(html).contains("<g class=\"node install st-clean default\" id=\"n4\">");
    }

    @Test
    void rendersTheBodyDifferenceAsADiffWithTheChangedWordsMarkedAndGroupsFindingsByScript() {
      assertThat(html)
          .contains("<span class=\"del\">- ...select &#39;item <mark>#&#39;</mark> || i</span>")
          .contains(
              "<span class=\"add\">+ ...select &#39;item <mark>&lt;&#39;</mark> || i<mark> ||"
                  + " &#39;&gt;&#39;</mark></span>");
      assertThat(count(html, "<section class=\"script\"")).isEqualTo(2);
    }

    @Test
    void isTheSameTextEveryTime() {
      assertThat(HtmlReport.render(ReportFixture.run())).isEqualTo(html);
    }

    @Test
    void fetchesNothing() {
      assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http");
      assertThat(html).doesNotContain("<link").doesNotContain("@import");
    }
  }

  @Nested
  class AcrossMajors {
    @Test
    void keepsAFindingThatSeveralMajorsReportOnceAndOffersAFilterPerMajor() {
      FindingReport r = ReportFixture.report();
      Run run = new Run("verify", "gx", List.of(new Run.Section(16, r), new Run.Section(17, r)));
      String html = HtmlReport.render(run);
      assertThat(html)
          .contains("value=\"0\" checked> PostgreSQL 16")
          .contains("value=\"1\" checked> PostgreSQL 17");
      assertThat(count(html, "<div class=\"finding ")).isEqualTo(r.findings().size());
      assertThat(html).contains("PostgreSQL 16, PostgreSQL 17</div>");
    }
  }

  @Test
  void escapesWhatFindingsSay() {
    Finding evil =
        Finding.of(FindingKind.UPDATE_FAILS)
            .upgrade("0.9", "1.0")
            .message("</script><script>alert(1)</script> \u0007")
            .at(Location.of(Path.of("x\"><b>--0.9--1.0.sql"), 3))
            .detail("+ <img src=x onerror=alert(1)>")
            .build();
    FindingReport r = ReportFixture.report();
    String html =
        HtmlReport.render(
            Run.of(
                null,
                new FindingReport(r.command(), r.extension(), r.pairs(), List.of(evil))
                    .withGraph(r.graph())));
    assertThat(html)
        .doesNotContain("<script>alert")
        .doesNotContain("<img")
        .doesNotContain("<b>")
        .contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; \\x07");
    assertThat(count(html, "<script")).isEqualTo(2);
  }

  static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
    return n;
  }
}
