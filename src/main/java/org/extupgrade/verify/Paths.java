package org.extupgrade.verify;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.Finding;
import org.extupgrade.model.RootCauses;
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
  private final List<Scenario> converged = new ArrayList<>();

  private Paths(Extension ext) {
    this.ext = ext;
  }

  static Paths submit(
      Workers workers,
      ScenarioRun db,
      Plan plan,
      Edges edges,
      boolean allPaths,
      Extension ext,
      AtomicInteger names,
      Timings timings) {
    Paths p = new Paths(ext);
    for (Scenario s : plan.scenarios()) {
      if (s.steps().size() == 2) continue; // one script: its edge run is this upgrade
      // Another path than PostgreSQL's own is taken only by a user who updates one version at a
      // time; each of its scripts is checked alone, and the path whole only with allPaths.
      if (!allPaths && (s.stepwise() || edgesOf(s).stream().allMatch(edges::clean))) {
        p.converged.add(s);
        continue;
      }
      String name = "path" + names.incrementAndGet();
      p.runs.put(
          s,
          workers.submit(timings.timed(Timings.PARITY, c -> db.run(c, name, s, s.from(), null))));
    }
    return p;
  }

  static List<Edges.Edge> edgesOf(Scenario s) {
    List<Edges.Edge> out = new ArrayList<>();
    for (int i = 1; i < s.steps().size(); i++)
      out.add(new Edges.Edge(s.steps().get(i - 1), s.steps().get(i)));
    return out;
  }

  /** Waits for every run; its differences from the fresh target, each at the script to blame. */
  List<Finding> findings(Installed target, Edges edges) throws SQLException, InterruptedException {
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<Scenario, Future<Outcome>> r : runs.entrySet()) {
      Scenario s = r.getKey();
      switch (Verifier.get(r.getValue())) {
        case Failed(ScriptException x) -> out.add(x.finding()); // names its script and line
        case Installed up -> {
          for (Finding f : up.against(target, s, ext)) {
            Finding b = blame(f, s, edges);
            // An alternative path explained by one of its scripts adds nothing to that script's
            // finding, and PostgreSQL's own path from its start may well be right.
            if (!(s.stepwise() && b != f)) out.add(b);
          }
        }
      }
    }
    return out;
  }

  /**
   * The finding at the first script on the path whose own run shows a difference in the same
   * object; unchanged when none does (the scripts are each right, their combination is not).
   */
  private static Finding blame(Finding f, Scenario s, Edges edges) {
    String cause = RootCauses.what(f);
    for (Edges.Edge e : edgesOf(s)) {
      Finding x = edges.showing(e, cause);
      if (x != null) return f.withWhere(x.where());
    }
    return f;
  }

  /** The upgrades run. */
  List<Scenario> scenarios() {
    return List.copyOf(runs.keySet());
  }

  /** The upgrades not run: every script on them is clean. */
  List<Scenario> converged() {
    return List.copyOf(converged);
  }
}
