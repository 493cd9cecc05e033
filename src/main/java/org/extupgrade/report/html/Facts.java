package org.extupgrade.report.html;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Severity;
import org.extupgrade.model.VersionPair;
import org.extupgrade.report.Graph;
import org.extupgrade.report.Run;
import org.jspecify.annotations.Nullable;

/**
 * A run indexed the way the page draws it: versions (nodes), update scripts (edges), upgrades
 * (matrix cells) and findings, each finding tied to the script it names and the upgrades it
 * affects. Findings and upgrades that several PostgreSQL majors report alike are kept once, with
 * the majors that report them.
 *
 * @param majors the sections' labels ({@code PostgreSQL 16}, or {@code static} for check)
 * @param installs per version, its full install script, or null
 * @param chosen the edges on PostgreSQL's chosen path to {@code default_version} from some version
 */
record Facts(
    Run run,
    List<String> majors,
    List<String> versions,
    List<@Nullable String> installs,
    List<Graph.Edge> updates,
    List<Cell> cells,
    List<Item> items,
    Set<Integer> chosen) {

  /** The status a script or an upgrade is drawn in. */
  enum Status {
    CLEAN,
    FINDINGS,
    FAILING,
    UNTESTED;

    String css() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Kinds that mean a script does not run at all. */
  static final Set<FindingKind> FAILS =
      EnumSet.of(
          FindingKind.INSTALL_FAILS,
          FindingKind.UPDATE_FAILS,
          FindingKind.SCRIPT_TIMEOUT,
          FindingKind.SCRIPT_SYNTAX);

  /** One upgrade: its path's edges and the majors that covered it. */
  record Cell(VersionPair pair, List<Integer> edges, Set<Integer> majors) {}

  /**
   * One finding: the majors that report it, the edge (update script) or node (full install script)
   * it names, -1 when none, and the cells of the upgrades it affects.
   */
  record Item(Finding finding, Set<Integer> majors, int edge, int node, Set<Integer> cells) {
    boolean failing() {
      return finding.severity() == Severity.ERROR && FAILS.contains(finding.kind());
    }
  }

  static Facts of(Run run) {
    Graph g = run.graph();
    List<String> majors = new ArrayList<>();
    for (Run.Section s : run.sections()) {
      majors.add(s.major() == null ? "static check (no server)" : "PostgreSQL " + s.major());
    }
    List<String> versions = new ArrayList<>(g.versions());
    List<Graph.Edge> updates = new ArrayList<>();
    Map<String, Integer> edgeByStep = new HashMap<>();
    Map<String, Integer> edgeByFile = new HashMap<>();
    Map<String, Integer> nodeByFile = new HashMap<>();
    for (Graph.Edge e : g.scripts()) {
      for (String v : List.of(e.from(), e.to())) {
        if (!v.isEmpty() && !versions.contains(v)) versions.add(v);
      }
    }
    List<@Nullable String> installs = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) installs.add(null);
    for (Graph.Edge e : g.scripts()) {
      if (e.isInstall()) {
        int n = versions.indexOf(e.to());
        if (installs.get(n) == null) installs.set(n, e.file());
        nodeByFile.putIfAbsent(key(e.file()), n);
      } else {
        edgeByStep.putIfAbsent(e.from() + "\u0000" + e.to(), updates.size());
        edgeByFile.putIfAbsent(key(e.file()), updates.size());
        updates.add(e);
      }
    }
    Map<String, Cell> cells = new LinkedHashMap<>();
    Map<Finding, Set<Integer>> findings = new LinkedHashMap<>();
    for (int m = 0; m < run.sections().size(); m++) {
      var report = run.sections().get(m).report();
      for (VersionPair p : report.pairs()) {
        List<Integer> edges = new ArrayList<>();
        for (int i = 0; i + 1 < p.path().size(); i++) {
          Integer e = edgeByStep.get(p.path().get(i) + "\u0000" + p.path().get(i + 1));
          if (e != null) edges.add(e);
        }
        cells.computeIfAbsent(p.label(), k -> new Cell(p, edges, new TreeSet<>())).majors().add(m);
      }
      for (Finding f : report.findings()) findings.computeIfAbsent(f, k -> new TreeSet<>()).add(m);
    }
    Map<String, Integer> cellByLabel = new HashMap<>();
    for (String label : cells.keySet()) cellByLabel.put(label, cellByLabel.size());
    List<Item> items = new ArrayList<>();
    findings.forEach(
        (f, ms) -> {
          String file = f.where() == null ? "" : key(f.where().file().toString());
          Set<Integer> affected = new TreeSet<>();
          for (String a : upgrades(f)) {
            Integer c = cellByLabel.get(a);
            if (c != null) affected.add(c);
          }
          items.add(
              new Item(
                  f,
                  ms,
                  edgeByFile.getOrDefault(file, -1),
                  nodeByFile.getOrDefault(file, -1),
                  affected));
        });
    Set<Integer> chosen = new TreeSet<>();
    for (Cell c : cells.values()) {
      if (c.pair().to().equals(g.defaultVersion())) chosen.addAll(c.edges());
    }
    return new Facts(
        run, majors, versions, installs, updates, List.copyOf(cells.values()), items, chosen);
  }

  private static List<String> upgrades(Finding f) {
    List<String> out = new ArrayList<>(f.affects());
    if (!f.upgrade().isEmpty()) out.add(f.upgrade());
    return out;
  }

  /** A script's file as a lookup key: the same file however it was spelled. */
  private static String key(String file) {
    try {
      return java.nio.file.Path.of(file).normalize().toString();
    } catch (java.nio.file.InvalidPathException e) {
      return file;
    }
  }

  Status edgeStatus(int edge) {
    boolean covered = cells.stream().anyMatch(c -> c.edges().contains(edge));
    return status(items.stream().filter(i -> i.edge() == edge).toList(), covered);
  }

  Status nodeStatus(int node) {
    return status(items.stream().filter(i -> i.node() == node).toList(), true);
  }

  Status cellStatus(int cell) {
    return status(items.stream().filter(i -> i.cells().contains(cell)).toList(), true);
  }

  /** The same rule as the page's script applies when filters change. */
  static Status status(List<Item> hits, boolean covered) {
    if (hits.stream().anyMatch(Item::failing)) return Status.FAILING;
    if (hits.stream().anyMatch(i -> i.finding().severity() != Severity.INFO)) {
      return Status.FINDINGS;
    }
    return covered ? Status.CLEAN : Status.UNTESTED;
  }
}
