package org.extupgrade.verify;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
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
 * another schema, PostgreSQL's path from each; the rollback of each old version.
 */
final class Others {
  private final Map<String, Future<List<Finding>>> tasks = new LinkedHashMap<>();
  private final List<Future<Snapshot>> schemaRuns = new ArrayList<>();
  private final List<Scenario> schemaScenarios = new ArrayList<>();
  private final List<List<Finding>> schemaFindings = new ArrayList<>();
  private final Extension ext;
  private Future<Snapshot> schemaFresh;
  private String schemasKey = "";

  /** A dependents run of one update script. */
  private record Dependents(Edges.Edge edge, Future<DependentsCheck.Result> result) {}

  private final Map<String, Dependents> dependents = new LinkedHashMap<>();
  private final SortedMap<String, List<String>> notes = new TreeMap<>();
  private Edges.Edge newestEdge;
  private final List<Future<List<Finding>>> dumpRuns = new ArrayList<>();
  private final Map<String, Future<RollbackCheck.Result>> rollbacks = new LinkedHashMap<>();
  private String dumpKey = "";

  private Others(Extension ext) {
    this.ext = ext;
  }

  static Others submit(
      Workers workers,
      Extension ext,
      Verifier.Options options,
      Plan plan,
      AtomicInteger names,
      Units units,
      Timings timings) {
    Others o = new Others(ext);
    o.newestEdge = DependentsCheck.newest(plan.edges());
    if (options.on(ScenarioKind.DOWNGRADE)) {
      for (Script d : DowngradeCheck.downgrades(ext)) {
        String key = Units.downgrade(d);
        if (!units.owned(key)) continue;
        String db = "down" + names.incrementAndGet();
        o.tasks.put(
            units.sortKey(key),
            workers.submit(
                timings.timed(
                    "downgrade", c -> DowngradeCheck.run(c, ext, d, db, options.timeout()))));
      }
    }
    if (options.on(ScenarioKind.DEPENDENTS)) {
      for (Edges.Edge e : plan.edges()) {
        String key = Units.dependents(e);
        if (!units.owned(key)) continue;
        String db = "deps" + names.incrementAndGet();
        o.dependents.put(
            units.sortKey(key),
            new Dependents(
                e,
                workers.submit(
                    timings.timed(
                        "dependents",
                        c -> DependentsCheck.run(c, ext, e, db, options.timeout())))));
      }
    }
    if (options.on(ScenarioKind.DUMP) && units.owned(Units.DUMP))
      o.dump(workers, plan, names, units, options, timings);
    if (options.on(ScenarioKind.SCHEMAS)
        && SchemaCheck.applies(ext)
        && units.owned(Units.SCHEMAS)) {
      o.schemasKey = units.sortKey(Units.SCHEMAS);
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
    if (options.on(ScenarioKind.ROLLBACK)) {
      for (Scenario s : RollbackCheck.scenarios(plan)) {
        if (!units.owned(Units.rollback(s))) continue;
        String db = "rollback" + names.incrementAndGet();
        o.rollbacks.put(
            units.sortKey(Units.rollback(s)),
            workers.submit(
                timings.timed(
                    "rollback", c -> RollbackCheck.run(c, ext, s, db, options.timeout()))));
      }
    }
    return o;
  }

  /**
   * pg_dump and pg_restore of a fresh install of the target and of PostgreSQL's path from the
   * oldest and the newest version, with the client tools of the same major; one unit.
   */
  private void dump(
      Workers workers,
      Plan plan,
      AtomicInteger names,
      Units units,
      Verifier.Options options,
      Timings timings) {
    String key = units.sortKey(Units.DUMP);
    Optional<ClientTools> tools =
        ClientTools.find(workers.any().installation(), DumpCheck.PROGRAMS);
    int major = workers.any().installation().major();
    if (tools.isEmpty()) {
      notes.put(key, List.of("dump: skipped, " + ClientTools.hint(major, DumpCheck.PROGRAMS)));
      return;
    }
    List<Scenario> runs = new ArrayList<>();
    runs.add(null); // a fresh install of the target
    runs.addAll(schemaScenarios(plan));
    List<Future<List<Finding>>> each = new ArrayList<>();
    for (Scenario s : runs) {
      String db = "dump" + names.incrementAndGet();
      each.add(
          workers.submit(
              timings.timed(
                  "dump",
                  c ->
                      DumpCheck.run(
                          c, tools.get(), ext, s, plan.target(), db, options.timeout()))));
    }
    dumpKey = key;
    dumpRuns.addAll(each);
    notes.put(
        key,
        List.of(
            "dump: pg_dump -Fc and pg_restore of PostgreSQL "
                + major
                + " on a fresh install of "
                + plan.target()
                + " and "
                + (runs.size() - 1)
                + " upgrades (from the oldest and the newest version)"));
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

  /** What the units say beside their findings, by unit (once {@link #findings} returned). */
  SortedMap<String, List<String>> notes() {
    return notes;
  }

  /** One more task, unit {@code sortKey}, whose findings come with the others. */
  void add(String sortKey, Future<List<Finding>> task) {
    tasks.put(sortKey, task);
  }

  /** Waits for every task; their findings, by unit (sort key). */
  SortedMap<String, List<Finding>> findings() throws SQLException, InterruptedException {
    SortedMap<String, List<Finding>> byUnit = new TreeMap<>();
    for (Map.Entry<String, Future<List<Finding>>> d : tasks.entrySet()) {
      byUnit.put(d.getKey(), Verifier.get(d.getValue()));
    }
    if (!dumpRuns.isEmpty()) {
      List<Finding> dumps = new ArrayList<>();
      for (Future<List<Finding>> f : dumpRuns) dumps.addAll(Verifier.get(f));
      byUnit.put(dumpKey, dumps);
    }
    for (Map.Entry<String, Future<RollbackCheck.Result>> r : rollbacks.entrySet()) {
      RollbackCheck.Result result = Verifier.get(r.getValue());
      byUnit.put(r.getKey(), result.findings());
      notes.put(r.getKey(), List.of(result.note()));
    }
    for (Map.Entry<String, Dependents> d : dependents.entrySet()) {
      DependentsCheck.Result r = Verifier.get(d.getValue().result());
      byUnit.put(d.getKey(), r.findings());
      // what the user objects over the newest script's start were: one note for the run
      Edges.Edge e = d.getValue().edge();
      if (e.equals(newestEdge)) notes.put(d.getKey(), List.of(DependentsCheck.note(Map.of(e, r))));
    }
    if (schemaFresh == null) {
      return byUnit;
    }
    List<Finding> out = new ArrayList<>();
    byUnit.put(schemasKey, out);
    Snapshot fresh = Verifier.get(schemaFresh);
    List<Snapshot> upgraded = new ArrayList<>();
    for (Future<Snapshot> f : schemaRuns) {
      upgraded.add(Verifier.get(f));
    }
    schemaFindings.forEach(out::addAll);
    if (fresh == null) {
      return byUnit;
    }
    for (int i = 0; i < upgraded.size(); i++) {
      Scenario s = schemaScenarios.get(i);
      if (upgraded.get(i) != null) {
        Location where = s.lastScript(ext).map(x -> Location.of(x.file())).orElse(null);
        out.addAll(SchemaCheck.diff(fresh, upgraded.get(i), s, where));
      }
    }
    return byUnit;
  }
}
