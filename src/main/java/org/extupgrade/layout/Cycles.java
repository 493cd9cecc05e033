package org.extupgrade.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Strongly connected components of the version graph with more than one version, or a self-loop
 * (Tarjan).
 */
final class Cycles {
  private final VersionGraph g;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> low = new HashMap<>();
  private final List<String> stack = new ArrayList<>();
  private final List<List<String>> out = new ArrayList<>();
  private int counter;

  private Cycles(VersionGraph g) {
    this.g = g;
  }

  /** Each cycle's versions in strcmp order; cycles ordered by their first version. */
  static List<List<String>> of(VersionGraph g) {
    Cycles c = new Cycles(g);
    for (String v : g.versions()) {
      if (!c.index.containsKey(v)) {
        c.visit(v);
      }
    }
    c.out.sort((a, b) -> VersionGraph.strcmp(a.get(0), b.get(0)));
    return c.out;
  }

  // Recursion depth is bounded by the number of versions (hundreds at most).
  private void visit(String v) {
    index.put(v, counter);
    low.put(v, counter);
    counter++;
    stack.add(v);
    for (String w : g.successors(v)) {
      if (!index.containsKey(w)) {
        visit(w);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (stack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      List<String> scc = new ArrayList<>();
      String w;
      do {
        w = stack.remove(stack.size() - 1);
        scc.add(w);
      } while (!w.equals(v));
      if (scc.size() > 1 || g.successors(v).contains(v)) {
        scc.sort(VersionGraph::strcmp);
        out.add(List.copyOf(scc));
      }
    }
  }
}
