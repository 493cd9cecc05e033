package org.extupgrade.verify;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.extupgrade.layout.Extension;
import org.extupgrade.verify.ScenarioRun.Failed;
import org.extupgrade.verify.ScenarioRun.Installed;
import org.extupgrade.verify.ScenarioRun.Outcome;

/**
 * The upgrades to the target of more than one script: run for real when one of their scripts has
 * findings of its own (or with {@code allPaths}), and each difference blamed on the first script on
 * the way whose own run shows it. The others are made of clean scripts: each script turns a fresh
 * install of its start into a fresh install of its end, so the chain yields a fresh install of the
 * target, and they are reported as converged, not run again.
 */
final class Paths {
  private final Extension ext;
  private final Map<Scenario, Future<Outcome>> runs = new LinkedHashMap<>();

  private Paths(Extension ext) {
    this.ext = ext;
  }

  /**
   * Submits the whole upgrades {@code owned} accepts that need a run: with {@code allPaths} all of
   * them, otherwise PostgreSQL's own paths that have a script not known clean here (a script of
   * another shard is not known clean: the merge drops the run if it was).
   */
  static Paths submit(
      Workers workers,
      ScenarioRun db,
      Plan plan,
      Edges edges,
      boolean allPaths,
      Extension ext,
      AtomicInteger names,
      Predicate<Scenario> owned,
      Timings timings) {
    Paths p = new Paths(ext);
    for (Scenario s : plan.scenarios()) {
      if (s.steps().size() == 2 || !owned.test(s)) continue;
      if (!allPaths && converges(s, edges::clean)) continue;
      String name = "path" + names.incrementAndGet();
      p.runs.put(
          s,
          workers.submit(timings.timed(Timings.PARITY, c -> db.run(c, name, s, s.from(), null))));
    }
    return p;
  }

  /**
   * An upgrade not run whole: another path than PostgreSQL's own is taken only by a user who
   * updates one version at a time (each of its scripts is checked alone), and a path of clean
   * scripts yields a fresh install of the target.
   */
  static boolean converges(Scenario s, Predicate<Edges.Edge> clean) {
    return s.stepwise() || edgesOf(s).stream().allMatch(clean);
  }

  static List<Edges.Edge> edgesOf(Scenario s) {
    List<Edges.Edge> out = new ArrayList<>();
    for (int i = 1; i < s.steps().size(); i++)
      out.add(new Edges.Edge(s.steps().get(i - 1), s.steps().get(i)));
    return out;
  }

  /** Waits for every run; its differences from the fresh target, not yet blamed. */
  Map<Scenario, Raw.PathRun> results(Installed target) throws SQLException, InterruptedException {
    Map<Scenario, Raw.PathRun> out = new LinkedHashMap<>();
    for (Map.Entry<Scenario, Future<Outcome>> r : runs.entrySet()) {
      Scenario s = r.getKey();
      out.put(
          s,
          switch (Verifier.get(r.getValue())) {
            case Failed(ScriptException x) -> new Raw.PathRun(List.of(x.finding()), true);
            case Installed up -> new Raw.PathRun(up.against(target, s, ext), false);
          });
    }
    return out;
  }
}
