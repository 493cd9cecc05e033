package org.extupgrade.verify;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
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
  record Edge(String from, String to) {
    Scenario scenario() {
      return new Scenario(List.of(from, to), false);
    }
  }

  private final Extension ext;
  private final Map<Edge, Future<Outcome>> runs = new LinkedHashMap<>();
  private final Map<Edge, Raw.EdgeRun> results = new LinkedHashMap<>();
  private final Set<Script> claimed = new HashSet<>();

  private Edges(Extension ext) {
    this.ext = ext;
  }

  /**
   * Submits the edges {@code owned} accepts. The second run of a script (rerun) goes with the first
   * edge of the plan that ends with it, owned here or not, as in a whole run.
   */
  static Edges submit(
      Workers workers,
      ScenarioRun db,
      Plan plan,
      @Nullable RerunCheck rerun,
      Extension ext,
      AtomicInteger names,
      Predicate<Edge> owned,
      Timings timings) {
    Edges e = new Edges(ext);
    for (Edge edge : plan.edges()) {
      Scenario s = edge.scenario();
      Script again =
          rerun == null
              ? null
              : s.lastScript(ext)
                  .filter(x -> rerun.scripts().contains(x) && e.claimed.add(x))
                  .orElse(null);
      if (!owned.test(edge)) continue;
      String name = "edge" + names.incrementAndGet();
      e.runs.put(
          edge,
          workers.submit(timings.timed(Timings.PARITY, c -> db.run(c, name, s, s.from(), again))));
    }
    return e;
  }

  /** The scripts whose second run an edge scenario takes on (in any shard). */
  Set<Script> claimed() {
    return claimed;
  }

  /** Waits for every edge submitted; each one's findings against the fresh install of its end. */
  Map<Edge, Raw.EdgeRun> results(Map<String, Installed> fresh)
      throws SQLException, InterruptedException {
    for (Map.Entry<Edge, Future<Outcome>> r : runs.entrySet()) {
      Edge edge = r.getKey();
      Raw.EdgeRun run =
          switch (Verifier.get(r.getValue())) {
            case Failed(ScriptException x) -> new Raw.EdgeRun(List.of(x.finding()), false);
            case Installed up -> {
              Installed f = fresh.get(edge.to());
              // its end did not install fresh: nothing to compare
              yield f == null
                  ? new Raw.EdgeRun(up.findings(), true)
                  : new Raw.EdgeRun(up.against(f, edge.scenario(), ext), false);
            }
          };
      results.put(edge, run);
    }
    return results;
  }

  /** True when the edge ran here, was compared, and found nothing worse than info. */
  boolean clean(Edge e) {
    return clean(results.get(e));
  }

  static boolean clean(Raw.@Nullable EdgeRun r) {
    return r != null
        && !r.unchecked()
        && r.findings().stream().allMatch(x -> x.severity() == Severity.INFO);
  }
}
