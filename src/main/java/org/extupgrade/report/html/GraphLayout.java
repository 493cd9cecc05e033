package org.extupgrade.report.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.WrappingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.extupgrade.report.Graph;

/**
 * Coordinates for the version graph, computed by Eclipse ELK's layered algorithm: versions left to
 * right in layers, a long history wrapped into rows (ELK's graph wrapping) so that 80 versions
 * still fit a screen.
 */
record GraphLayout(double width, double height, List<Box> nodes, List<List<Point>> edges) {
  /** Width of one character of the node labels (12px monospace), for sizing nodes. */
  static final double CHAR_WIDTH = 7.3;

  static final double NODE_HEIGHT = 26;

  /** Up to this many versions the graph stays on one row: wrapping a short history only hurts. */
  static final int WRAP_OVER = 14;

  record Point(double x, double y) {}

  record Box(double x, double y, double w, double h) {
    double cx() {
      return x + w / 2;
    }

    double cy() {
      return y + h / 2;
    }
  }

  /**
   * Lays out {@code versions} (nodes, in this order) and {@code updates} (edges, in this order);
   * each edge's points run from its source to its target.
   */
  static GraphLayout of(List<String> versions, List<Graph.Edge> updates) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
    if (versions.size() > WRAP_OVER) {
      root.setProperty(LayeredOptions.WRAPPING_STRATEGY, WrappingStrategy.MULTI_EDGE);
      root.setProperty(CoreOptions.ASPECT_RATIO, 1.8);
    }
    root.setProperty(CoreOptions.SPACING_NODE_NODE, 14.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 26.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 10.0);
    root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(12));
    root.setProperty(CoreOptions.RANDOM_SEED, 1);
    Map<String, ElkNode> byVersion = new HashMap<>();
    List<ElkNode> nodes = new ArrayList<>();
    for (String v : versions) {
      ElkNode n = ElkGraphUtil.createNode(root);
      n.setDimensions(Math.max(40, v.length() * CHAR_WIDTH + 16), NODE_HEIGHT);
      byVersion.put(v, n);
      nodes.add(n);
    }
    List<ElkEdge> edges = new ArrayList<>();
    for (Graph.Edge e : updates) {
      edges.add(ElkGraphUtil.createSimpleEdge(byVersion.get(e.from()), byVersion.get(e.to())));
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    List<Box> boxes =
        nodes.stream().map(n -> new Box(n.getX(), n.getY(), n.getWidth(), n.getHeight())).toList();
    List<List<Point>> lines = edges.stream().map(GraphLayout::points).toList();
    return new GraphLayout(root.getWidth(), root.getHeight(), boxes, lines);
  }

  private static List<Point> points(ElkEdge e) {
    List<Point> out = new ArrayList<>();
    for (ElkEdgeSection s : e.getSections()) {
      out.add(new Point(s.getStartX(), s.getStartY()));
      for (ElkBendPoint b : s.getBendPoints()) out.add(new Point(b.getX(), b.getY()));
      out.add(new Point(s.getEndX(), s.getEndY()));
    }
    return out;
  }
}
