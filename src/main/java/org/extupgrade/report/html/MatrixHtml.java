package org.extupgrade.report.html;

import static org.extupgrade.report.html.Html.esc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.extupgrade.layout.VersionOrder;
import org.extupgrade.model.VersionPair;

/**
 * The path matrix: one row per version upgraded to, one column per version upgraded from; a cell
 * ({@code td.cell}, {@code id="c<i>"}) per upgrade covered, showing its number of steps, classed by
 * status.
 */
final class MatrixHtml {
  private MatrixHtml() {}

  static String render(Facts facts) {
    if (facts.cells().isEmpty()) return "<p class=\"none\">No upgrades were covered.</p>\n";
    List<String> froms = new ArrayList<>();
    List<String> tos = new ArrayList<>();
    Map<String, Integer> byLabel = new HashMap<>();
    for (int i = 0; i < facts.cells().size(); i++) {
      VersionPair p = facts.cells().get(i).pair();
      if (!froms.contains(p.from())) froms.add(p.from());
      if (!tos.contains(p.to())) tos.add(p.to());
      byLabel.put(p.label(), i);
    }
    froms.sort(VersionOrder.INSTANCE);
    tos.sort(VersionOrder.INSTANCE);
    StringBuilder b = new StringBuilder();
    b.append("<div class=\"matrix-wrap\"><table class=\"matrix\"><thead><tr>")
        .append("<th class=\"corner\">to \\ from</th>");
    for (String f : froms)
      b.append("<th class=\"from\"><span>").append(esc(f)).append("</span></th>");
    b.append("</tr></thead><tbody>\n");
    for (String t : tos) {
      b.append("<tr><th class=\"to\">").append(esc(t)).append("</th>");
      for (String f : froms) {
        Integer c = byLabel.get(new VersionPair(f, t, List.of()).label());
        if (c == null) {
          b.append("<td></td>");
          continue;
        }
        VersionPair p = facts.cells().get(c).pair();
        Facts.Status st = facts.cellStatus(c);
        String steps = p.path().isEmpty() ? "\u2013" : Integer.toString(p.path().size() - 1);
        b.append("<td class=\"cell st-")
            .append(st.css())
            .append("\" id=\"c")
            .append(c)
            .append("\" title=\"")
            .append(esc(title(p)))
            .append("\">")
            .append(steps)
            .append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody></table></div>\n");
    return b.toString();
  }

  private static String title(VersionPair p) {
    if (p.path().isEmpty()) return p.label() + ": no path";
    int steps = p.path().size() - 1;
    return p.label()
        + ": "
        + steps
        + (steps == 1 ? " step" : " steps")
        + " via "
        + String.join(" \u2192 ", p.path());
  }
}
