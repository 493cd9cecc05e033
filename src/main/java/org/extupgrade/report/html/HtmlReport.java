package org.extupgrade.report.html;

import static org.extupgrade.report.html.Html.esc;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;
import org.extupgrade.report.Run;

/**
 * One self-contained HTML page for a run (inline CSS, script and SVG; nothing fetched when it is
 * viewed): a summary, filters by severity, kind and PostgreSQL major, the version graph coloured by
 * each script's status, the path matrix, and the findings grouped by script with definition diffs.
 * The page is complete without its script; the script re-applies the filters to every part.
 */
public final class HtmlReport {
  private HtmlReport() {}

  public static String render(Run run) {
    Facts facts = Facts.of(run);
    List<FindingsHtml.Group> groups = FindingsHtml.groups(facts);
    Set<String> ids = groups.stream().map(FindingsHtml.Group::id).collect(Collectors.toSet());
    GraphLayout layout = GraphLayout.of(facts.versions(), facts.updates());
    StringBuilder b = new StringBuilder();
    String title = "extupgrade " + run.command() + ": " + run.extension();
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append(Resources.text("report.css"))
        .append("</style>\n</head>\n<body>\n<header><h1>")
        .append(esc(title))
        .append("</h1>\n");
    summary(b, facts);
    b.append("</header>\n");
    filters(b, facts);
    b.append("<section id=\"graph\"><h2>Version graph</h2>\n");
    legend(b);
    b.append("<div class=\"graph-wrap\">\n")
        .append(
            GraphSvg.render(
                facts,
                layout,
                i -> ids.contains("s-e" + i) ? "s-e" + i : null,
                i -> ids.contains("s-n" + i) ? "s-n" + i : null))
        .append("</div></section>\n<section id=\"paths\"><h2>Path matrix</h2>\n")
        .append("<p class=\"hint\">Each cell is an upgrade the run covered: the number of update")
        .append(" scripts on PostgreSQL's path, coloured by the worst finding on it.</p>\n")
        .append(MatrixHtml.render(facts))
        .append("</section>\n<section id=\"findings\"><h2>Findings by script</h2>\n")
        .append(FindingsHtml.render(facts, groups))
        .append("</section>\n<script type=\"application/json\" id=\"report-data\">")
        .append(Data.json(facts))
        .append("</script>\n<script>\n")
        .append(Resources.text("report.js"))
        .append("</script>\n</body></html>\n");
    return b.toString();
  }

  private static void summary(StringBuilder b, Facts facts) {
    long failing = 0;
    long findings = 0;
    for (int c = 0; c < facts.cells().size(); c++) {
      Facts.Status s = facts.cellStatus(c);
      if (s == Facts.Status.FAILING) failing++;
      else if (s == Facts.Status.FINDINGS) findings++;
    }
    long clean = facts.cells().size() - failing - findings;
    b.append("<p class=\"summary\">")
        .append(facts.versions().size())
        .append(" versions, ")
        .append(facts.updates().size())
        .append(" update scripts; ")
        .append(facts.cells().size())
        .append(" upgrades covered: ")
        .append(clean)
        .append(" clean, ")
        .append(findings)
        .append(" with findings, ")
        .append(failing)
        .append(" failing \u00b7 ")
        .append(esc(String.join(", ", facts.majors())))
        .append("</p>\n");
    for (Run.Section s : facts.run().sections()) {
      for (String n : s.report().notes())
        b.append("<p class=\"note\">").append(esc(n)).append("</p>\n");
    }
  }

  private static void filters(StringBuilder b, Facts facts) {
    List<Finding> all = facts.items().stream().map(Facts.Item::finding).toList();
    b.append("<form class=\"filters\" id=\"filters\"><fieldset><legend>Severity</legend>");
    for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      long n = all.stream().filter(f -> f.severity() == s).count();
      b.append("<label class=\"sev-")
          .append(s.label())
          .append("\"><input type=\"checkbox\" name=\"sev\" value=\"")
          .append(s.label())
          .append("\" checked> ")
          .append(s.label())
          .append(" (")
          .append(n)
          .append(")</label>");
    }
    b.append("</fieldset><fieldset><legend>Kind</legend><select name=\"kind\">")
        .append("<option value=\"\">all kinds (")
        .append(all.size())
        .append(")</option>");
    Map<String, Long> kinds =
        all.stream()
            .collect(
                Collectors.groupingBy(f -> f.kind().id(), TreeMap::new, Collectors.counting()));
    kinds.forEach(
        (k, n) ->
            b.append("<option value=\"")
                .append(k)
                .append("\">")
                .append(k)
                .append(" (")
                .append(n)
                .append(")</option>"));
    b.append("</select></fieldset><fieldset><legend>PostgreSQL</legend>");
    for (int m = 0; m < facts.majors().size(); m++) {
      b.append("<label><input type=\"checkbox\" name=\"major\" value=\"")
          .append(m)
          .append("\" checked> ")
          .append(esc(facts.majors().get(m)))
          .append("</label>");
    }
    b.append("</fieldset><output id=\"shown\">")
        .append(all.size())
        .append(" of ")
        .append(all.size())
        .append(" findings shown</output></form>\n");
  }

  private static void legend(StringBuilder b) {
    Function<String, String> swatch =
        s -> "<span class=\"swatch st-" + s + "\"></span>" + s.replace('-', ' ');
    b.append("<p class=\"legend\">Update scripts: ")
        .append(swatch.apply("clean"))
        .append(swatch.apply("findings"))
        .append(swatch.apply("failing"))
        .append(swatch.apply("untested"))
        .append("<span class=\"swatch chosen\"></span>PostgreSQL's path to default_version")
        .append(" &nbsp; Versions: <span class=\"box install\"></span>full install script")
        .append(" (border: its status) <span class=\"box\"></span>none")
        .append(" <span class=\"box default\"></span>default_version</p>\n");
  }
}
