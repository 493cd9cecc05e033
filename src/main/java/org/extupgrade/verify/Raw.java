package org.extupgrade.verify;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.extupgrade.model.Finding;

/**
 * What the scenarios of one major found, before it is reported: each fresh install, each update
 * script alone, each whole upgrade and each other unit (downgrades, second runs, schemas), with the
 * findings of each. A run makes one; each shard of a sharded run makes the part it ran, and the
 * parts merge into what the whole run makes. {@link Report} turns it into the report, the same way
 * for both.
 *
 * @param unavailable required extensions missing on the server: nothing else ran
 * @param fresh by version
 * @param others by unit key, in the order of the units
 * @param notes what units say beside their findings (a scenario skipped for want of a tool, what
 *     users' objects were built), by unit key
 */
public record Raw(
    int major,
    Plan plan,
    List<Finding> unavailable,
    Map<String, Fresh> fresh,
    Map<Edges.Edge, EdgeRun> edges,
    Map<Scenario, PathRun> paths,
    SortedMap<String, List<Finding>> others,
    SortedMap<String, List<String>> notes) {
  public Raw {
    unavailable = List.copyOf(unavailable);
    fresh = Map.copyOf(fresh);
    edges = Map.copyOf(edges);
    paths = Map.copyOf(paths);
    others = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(others));
    notes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(notes));
  }

  /**
   * A fresh install: its findings, or (failed) the one finding saying why it failed.
   *
   * @param outside the failure is outside the extension (a missing module or language)
   */
  public record Fresh(List<Finding> findings, boolean failed, boolean outside) {
    public Fresh {
      findings = List.copyOf(findings);
    }
  }

  /**
   * One update script alone: its findings against the fresh install of its end.
   *
   * @param unchecked its end did not install fresh: nothing was compared
   */
  public record EdgeRun(List<Finding> findings, boolean unchecked) {
    public EdgeRun {
      findings = List.copyOf(findings);
    }
  }

  /** One whole upgrade: its differences from the fresh target, or the one finding of a failure. */
  public record PathRun(List<Finding> findings, boolean failed) {
    public PathRun {
      findings = List.copyOf(findings);
    }
  }

  /** The same findings, each passed through {@code f} (built scripts named as the project's). */
  public Raw map(java.util.function.UnaryOperator<Finding> f) {
    java.util.function.Function<List<Finding>, List<Finding>> each =
        l -> l.stream().map(f).toList();
    Map<String, Fresh> fr = new java.util.HashMap<>();
    fresh.forEach(
        (k, v) -> fr.put(k, new Fresh(each.apply(v.findings()), v.failed(), v.outside())));
    Map<Edges.Edge, EdgeRun> ed = new java.util.HashMap<>();
    edges.forEach((k, v) -> ed.put(k, new EdgeRun(each.apply(v.findings()), v.unchecked())));
    Map<Scenario, PathRun> pa = new java.util.HashMap<>();
    paths.forEach((k, v) -> pa.put(k, new PathRun(each.apply(v.findings()), v.failed())));
    SortedMap<String, List<Finding>> ot = new TreeMap<>();
    others.forEach((k, v) -> ot.put(k, each.apply(v)));
    return new Raw(major, plan, each.apply(unavailable), fr, ed, pa, ot, notes);
  }

  /** The parts of one major's run, from several shards, as one. */
  static Raw merge(List<Raw> parts) {
    Raw first = parts.get(0);
    Map<String, Fresh> fresh = new java.util.HashMap<>();
    Map<Edges.Edge, EdgeRun> edges = new java.util.HashMap<>();
    Map<Scenario, PathRun> paths = new java.util.HashMap<>();
    SortedMap<String, List<Finding>> others = new TreeMap<>();
    SortedMap<String, List<String>> notes = new TreeMap<>();
    for (Raw r : parts) {
      r.fresh.forEach(fresh::putIfAbsent);
      edges.putAll(r.edges);
      paths.putAll(r.paths);
      others.putAll(r.others);
      notes.putAll(r.notes);
    }
    return new Raw(first.major, first.plan, first.unavailable, fresh, edges, paths, others, notes);
  }
}
