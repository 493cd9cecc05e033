package org.extupgrade.verify;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.model.Finding;
import org.extupgrade.model.RootCauses;
import org.extupgrade.model.Severity;
import org.extupgrade.verify.ScenarioRun.Failed;
import org.extupgrade.verify.ScenarioRun.Installed;
import org.extupgrade.verify.ScenarioRun.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * Each update script on the planned paths, run alone: a fresh install of its start, {@code ALTER
 * EXTENSION ... UPDATE TO} its end, compared with a fresh install of its end. What differs is that
 * script's doing.
 */
final class Edges {
  /** One update script, by its two versions. */
  record Edge(String from, String to) {}

  private final Extension ext;
  private final Map<Edge, Future<Outcome>> runs = new LinkedHashMap<>();
  private final Map<Edge, List<Finding>> results = new LinkedHashMap<>();
  private final Set<Script> claimed = new HashSet<>();
  private final Set<Edge> unchecked = new HashSet<>();
  private final Map<Edge, Map<String, Finding>> causes = new HashMap<>();

  private Edges(Extension ext) {
    this.ext = ext;
  }

  static Edges submit(
      Workers workers,
      ScenarioRun db,
      Plan plan,
      @Nullable RerunCheck rerun,
      Extension ext,
      AtomicInteger names,
      Timings timings) {
    Edges e = new Edges(ext);
    for (Edge edge : plan.edges()) {
      Scenario s = new Scenario(List.of(edge.from(), edge.to()), false);
      Script again =
          rerun == null
              ? null
              : s.lastScript(ext)
                  .filter(x -> rerun.scripts().contains(x) && e.claimed.add(x))
                  .orElse(null);
      String name = "edge" + names.incrementAndGet();
      e.runs.put(
          edge,
          workers.submit(timings.timed(Timings.PARITY, c -> db.run(c, name, s, s.from(), again))));
    }
    return e;
  }

  /** The scripts whose second run an edge scenario took on. */
  Set<Script> claimed() {
    return claimed;
  }

  /** Waits for every edge; each one's findings against the fresh install of its end. */
  List<Finding> findings(Map<String, Installed> fresh) throws SQLException, InterruptedException {
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<Edge, Future<Outcome>> r : runs.entrySet()) {
      Edge edge = r.getKey();
      Scenario s = new Scenario(List.of(edge.from(), edge.to()), false);
      List<Finding> found = new ArrayList<>();
      switch (Verifier.get(r.getValue())) {
        case Failed(ScriptException x) -> found.add(x.finding());
        case Installed up -> {
          Installed f = fresh.get(edge.to());
          if (f == null) {
            unchecked.add(edge); // its end did not install fresh: nothing to compare
            found.addAll(up.findings());
          } else {
            found.addAll(up.against(f, s, ext));
          }
        }
      }
      results.put(edge, found);
      Map<String, Finding> index = new HashMap<>();
      for (Finding f : found) index.putIfAbsent(RootCauses.what(f), f);
      causes.put(edge, index);
      out.addAll(found);
    }
    return out;
  }

  /** The edges run, as scenarios. */
  List<Scenario> scenarios() {
    return runs.keySet().stream().map(e -> new Scenario(List.of(e.from(), e.to()), false)).toList();
  }

  /** True when the edge ran, was compared, and found nothing worse than info. */
  boolean clean(Edge e) {
    List<Finding> f = results.get(e);
    return f != null
        && !unchecked.contains(e)
        && f.stream().allMatch(x -> x.severity() == Severity.INFO);
  }

  /** The findings of one edge (empty when it did not run). */
  List<Finding> of(Edge e) {
    return results.getOrDefault(e, List.of());
  }

  /**
   * The first finding of edge {@code e} that is the difference {@code cause} ({@link
   * RootCauses#what}), or null: looked up, not scanned, as every finding of every whole upgrade
   * asks it of every edge on its path.
   */
  @Nullable Finding showing(Edge e, String cause) {
    return causes.getOrDefault(e, Map.of()).get(cause);
  }
}
