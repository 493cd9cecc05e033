package org.extupgrade.verify;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.extupgrade.catalog.Snapshot;
import org.extupgrade.cluster.ClientTools;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.VersionOrder;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;

/**
 * The scenarios that need databases of their own, submitted beside the main ones: each downgrade
 * script, and (for extensions not tied to one schema) the target and every old version installed in
 * another schema, PostgreSQL's path from each.
 */
final class Others {
  private final List<Future<List<Finding>>> tasks = new ArrayList<>();
  private final List<Future<Snapshot>> schemaRuns = new ArrayList<>();
  private final List<Scenario> schemaScenarios = new ArrayList<>();
  private final List<List<Finding>> schemaFindings = new ArrayList<>();
  private final Extension ext;
  private Future<Snapshot> schemaFresh;
  private final Map<Edges.Edge, Future<DependentsCheck.Result>> dependents = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  private Others(Extension ext) {
    this.ext = ext;
  }

  static Others submit(
      Workers workers,
      Extension ext,
      Verifier.Options options,
      Plan plan,
      AtomicInteger names,
      Timings timings) {
    Others o = new Others(ext);
    if (options.on(ScenarioKind.DOWNGRADE)) {
      for (Script d : DowngradeCheck.downgrades(ext)) {
        String db = "down" + names.incrementAndGet();
        o.tasks.add(
            workers.submit(
                timings.timed(
                    "downgrade", c -> DowngradeCheck.run(c, ext, d, db, options.timeout()))));
      }
    }
    if (options.on(ScenarioKind.DEPENDENTS)) {
      for (Edges.Edge e : plan.edges()) {
        String db = "deps" + names.incrementAndGet();
        o.dependents.put(
            e,
            workers.submit(
                timings.timed(
                    "dependents", c -> DependentsCheck.run(c, ext, e, db, options.timeout()))));
      }
    }
    if (options.on(ScenarioKind.DUMP)) {
      Optional<ClientTools> tools =
          ClientTools.find(workers.any().installation(), DumpCheck.PROGRAMS);
      int major = workers.any().installation().major();
      if (tools.isEmpty()) {
        o.notes.add("dump: skipped, " + ClientTools.hint(major, DumpCheck.PROGRAMS));
      } else {
        List<Scenario> runs = new ArrayList<>();
        runs.add(null); // a fresh install of the target
        runs.addAll(schemaScenarios(plan));
        for (Scenario s : runs) {
          String db = "dump" + names.incrementAndGet();
          o.tasks.add(
              workers.submit(
                  timings.timed(
                      "dump",
                      c ->
                          DumpCheck.run(
                              c, tools.get(), ext, s, plan.target(), db, options.timeout()))));
        }
        o.notes.add(
            "dump: pg_dump -Fc and pg_restore of "
                + tools.get().bindir()
                + " on a fresh install of "
                + plan.target()
                + " and "
                + (runs.size() - 1)
                + " upgrades (from the oldest and the newest version)");
      }
    }
    if (options.on(ScenarioKind.SCHEMAS) && SchemaCheck.applies(ext)) {
      List<Finding> freshFindings = new ArrayList<>();
      o.schemaFindings.add(freshFindings);
      String fdb = "other" + names.incrementAndGet();
      o.schemaFresh =
          workers.submit(
              timings.timed(
                  "schemas",
                  c ->
                      SchemaCheck.install(
                          c, ext, fdb, plan.target(), null, options.timeout(), freshFindings)));
      for (Scenario s : schemaScenarios(plan)) {
        List<Finding> f = new ArrayList<>();
        o.schemaFindings.add(f);
        o.schemaScenarios.add(s);
        String db = "other" + names.incrementAndGet();
        o.schemaRuns.add(
            workers.submit(
                timings.timed(
                    "schemas",
                    c -> SchemaCheck.install(c, ext, db, s.from(), s.to(), options.timeout(), f))));
      }
    }
    return o;
  }

  /**
   * The upgrades tried in the other schema: PostgreSQL's path from the oldest version and from the
   * newest one (a schema-qualified name goes wrong in whatever script writes it; these two cover
   * the whole history and the latest script without doubling the run).
   */
  static List<Scenario> schemaScenarios(Plan plan) {
    List<Scenario> primary = plan.scenarios().stream().filter(s -> !s.stepwise()).toList();
    if (primary.size() <= 2) return primary;
    Scenario oldest = primary.get(0);
    Scenario newest = primary.get(0);
    for (Scenario s : primary) {
      if (VersionOrder.INSTANCE.compare(s.from(), oldest.from()) < 0) oldest = s;
      if (VersionOrder.INSTANCE.compare(s.from(), newest.from()) > 0) newest = s;
    }
    return oldest.equals(newest) ? List.of(oldest) : List.of(oldest, newest);
  }

  /** What the scenarios say beside their findings (once {@link #findings} returned). */
  List<String> notes() {
    return List.copyOf(notes);
  }

  /** One more task whose findings come with the others. */
  void add(Future<List<Finding>> task) {
    tasks.add(task);
  }

  /** Waits for every task; their findings. */
  List<Finding> findings() throws SQLException, InterruptedException {
    List<Finding> out = new ArrayList<>();
    for (Future<List<Finding>> d : tasks) {
      out.addAll(Verifier.get(d));
    }
    Map<Edges.Edge, DependentsCheck.Result> deps = new LinkedHashMap<>();
    for (Map.Entry<Edges.Edge, Future<DependentsCheck.Result>> d : dependents.entrySet()) {
      deps.put(d.getKey(), Verifier.get(d.getValue()));
      out.addAll(deps.get(d.getKey()).findings());
    }
    if (!deps.isEmpty()) notes.add(DependentsCheck.note(deps));
    if (schemaFresh == null) {
      return out;
    }
    Snapshot fresh = Verifier.get(schemaFresh);
    List<Snapshot> upgraded = new ArrayList<>();
    for (Future<Snapshot> f : schemaRuns) {
      upgraded.add(Verifier.get(f));
    }
    schemaFindings.forEach(out::addAll);
    if (fresh == null) {
      return out;
    }
    for (int i = 0; i < upgraded.size(); i++) {
      Scenario s = schemaScenarios.get(i);
      if (upgraded.get(i) != null) {
        Location where = s.lastScript(ext).map(x -> Location.of(x.file())).orElse(null);
        out.addAll(SchemaCheck.diff(fresh, upgraded.get(i), s, where));
      }
    }
    return out;
  }
}
