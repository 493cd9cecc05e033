package org.extupgrade.report.html;

import static org.extupgrade.report.html.Html.esc;
import static org.extupgrade.report.html.Html.num;

import java.util.List;
import java.util.function.IntFunction;
import org.extupgrade.report.Graph;
import org.extupgrade.report.html.GraphLayout.Box;
import org.extupgrade.report.html.GraphLayout.Point;
import org.jspecify.annotations.Nullable;

/**
 * The version graph as inline SVG: one {@code g.node} per version ({@code id="n<i>"}), one {@code
 * g.edge} per update script ({@code id="e<i>"}), each classed by its status ({@code st-clean},
 * {@code st-findings}, {@code st-failing}, {@code st-untested}); edges on PostgreSQL's path to
 * default_version classed {@code chosen}.
 */
final class GraphSvg {
  private static final double HEAD = 8;
  private static final double SMALL = 900;

  private GraphSvg() {}

  /**
   * {@code edgeAnchor} and {@code nodeAnchor} give the id of an update or a full install script's
   * findings on the page, or null when it has none.
   */
  static String render(
      Facts facts,
      GraphLayout layout,
      IntFunction<@Nullable String> edgeAnchor,
      IntFunction<@Nullable String> nodeAnchor) {
    // A short history is drawn larger; a long one at its natural size, shrunk to the page's width.
    double scale = layout.width() < SMALL ? 1.5 : 1;
    StringBuilder b = new StringBuilder();
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" viewBox=\"0 0 ")
        .append(num(layout.width()))
        .append(' ')
        .append(num(layout.height()))
        .append("\" width=\"")
        .append(num(layout.width() * scale))
        .append("\" height=\"")
        .append(num(layout.height() * scale))
        .append("\" role=\"img\" aria-label=\"version graph\">\n<g class=\"edges\">\n");
    for (int i = 0; i < facts.updates().size(); i++) {
      edge(b, facts, i, layout.edges().get(i), edgeAnchor.apply(i));
    }
    b.append("</g>\n<g class=\"nodes\">\n");
    for (int i = 0; i < facts.versions().size(); i++) {
      node(b, facts, i, layout.nodes().get(i), nodeAnchor.apply(i));
    }
    b.append("</g>\n</svg>\n");
    return b.toString();
  }

  private static void edge(
      StringBuilder b,
      Facts facts,
      int i,
      List<Point> pts,
      @org.jspecify.annotations.Nullable String anchor) {
    Graph.Edge e = facts.updates().get(i);
    Facts.Status st = facts.edgeStatus(i);
    boolean chosen = facts.chosen().contains(i);
    b.append("<g class=\"edge st-")
        .append(st.css())
        .append(chosen ? " chosen" : "")
        .append("\" id=\"e")
        .append(i)
        .append("\">");
    if (anchor != null) b.append("<a href=\"#").append(anchor).append("\">");
    b.append("<title>")
        .append(esc(e.from() + " \u2192 " + e.to() + ": " + e.file()))
        .append("</title>");
    if (pts.size() >= 2) {
      String d = path(pts);
      if (chosen) b.append("<path class=\"halo\" d=\"").append(d).append("\"/>");
      b.append("<path class=\"line\" d=\"").append(d).append("\"/>");
      b.append("<path class=\"head\" d=\"").append(head(pts)).append("\"/>");
    }
    if (anchor != null) b.append("</a>");
    b.append("</g>\n");
  }

  private static void node(StringBuilder b, Facts facts, int i, Box box, @Nullable String anchor) {
    String v = facts.versions().get(i);
    String install = facts.installs().get(i);
    boolean isDefault = v.equals(facts.run().graph().defaultVersion());
    b.append("<g class=\"node")
        .append(install != null ? " install st-" + facts.nodeStatus(i).css() : "")
        .append(isDefault ? " default" : "")
        .append("\" id=\"n")
        .append(i)
        .append("\">")
        .append(anchor == null ? "" : "<a href=\"#" + anchor + "\">")
        .append("<title>")
        .append(esc(v + (isDefault ? " (default_version)" : "")))
        .append(
            esc(install != null ? "\nfull install script: " + install : "\nno full install script"))
        .append("</title><rect x=\"")
        .append(num(box.x()))
        .append("\" y=\"")
        .append(num(box.y()))
        .append("\" width=\"")
        .append(num(box.w()))
        .append("\" height=\"")
        .append(num(box.h()))
        .append("\" rx=\"5\"/><text x=\"")
        .append(num(box.cx()))
        .append("\" y=\"")
        .append(num(box.cy() + 4))
        .append("\">")
        .append(esc(v))
        .append("</text>")
        .append(anchor == null ? "" : "</a>")
        .append("</g>\n");
  }

  private static String path(List<Point> pts) {
    StringBuilder d = new StringBuilder();
    for (int k = 0; k < pts.size(); k++) {
      Point p = pts.get(k);
      // The line stops at the arrow head's base, so the head's tip is not blunted by the stroke.
      if (k == pts.size() - 1) p = back(pts.get(k - 1), p, HEAD * 0.8);
      d.append(k == 0 ? "M" : " L").append(num(p.x())).append(' ').append(num(p.y()));
    }
    return d.toString();
  }

  /** A filled triangle with its tip at the last point, along the last segment. */
  private static String head(List<Point> pts) {
    Point tip = pts.get(pts.size() - 1);
    Point from = pts.get(pts.size() - 2);
    double dx = tip.x() - from.x();
    double dy = tip.y() - from.y();
    double len = Math.max(1e-6, Math.hypot(dx, dy));
    double ux = dx / len;
    double uy = dy / len;
    double bx = tip.x() - ux * HEAD;
    double by = tip.y() - uy * HEAD;
    double w = HEAD * 0.45;
    return "M"
        + num(tip.x())
        + ' '
        + num(tip.y())
        + " L"
        + num(bx - uy * w)
        + ' '
        + num(by + ux * w)
        + " L"
        + num(bx + uy * w)
        + ' '
        + num(by - ux * w)
        + " Z";
  }

  private static Point back(Point from, Point to, double by) {
    double dx = to.x() - from.x();
    double dy = to.y() - from.y();
    double len = Math.hypot(dx, dy);
    if (len <= by) return to;
    return new Point(to.x() - dx / len * by, to.y() - dy / len * by);
  }
}
