package org.extupgrade.verify;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.extupgrade.catalog.Snapshot;
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
  private final java.util.Map<String, Future<List<Finding>>> tasks =
      new java.util.LinkedHashMap<>();
  private final List<Future<Snapshot>> schemaRuns = new ArrayList<>();
  private final List<Scenario> schemaScenarios = new ArrayList<>();
  private final List<List<Finding>> schemaFindings = new ArrayList<>();
  private final Extension ext;
  private Future<Snapshot> schemaFresh;
  private String schemasKey = "";

  private Others(Extension ext) {
    this.ext = ext;
  }

  static Others submit(
      Workers workers,
      Extension ext,
      Verifier.Options options,
      Plan plan,
      AtomicInteger names,
      Units units) {
    Others o = new Others(ext);
    if (options.on(ScenarioKind.DOWNGRADE)) {
      for (Script d : DowngradeCheck.downgrades(ext)) {
        String key = Units.downgrade(d);
        if (!units.owned(key)) continue;
        String db = "down" + names.incrementAndGet();
        o.tasks.put(
            units.sortKey(key),
            workers.submit(c -> DowngradeCheck.run(c, ext, d, db, options.timeout())));
      }
    }
    o.schemasKey = units.sortKey(Units.SCHEMAS);
    if (options.on(ScenarioKind.SCHEMAS)
        && SchemaCheck.applies(ext)
        && units.owned(Units.SCHEMAS)) {
      List<Finding> freshFindings = new ArrayList<>();
      o.schemaFindings.add(freshFindings);
      String fdb = "other" + names.incrementAndGet();
      o.schemaFresh =
          workers.submit(
              c ->
                  SchemaCheck.install(
                      c, ext, fdb, plan.target(), null, options.timeout(), freshFindings));
      for (Scenario s : schemaScenarios(plan)) {
        List<Finding> f = new ArrayList<>();
        o.schemaFindings.add(f);
        o.schemaScenarios.add(s);
        String db = "other" + names.incrementAndGet();
        o.schemaRuns.add(
            workers.submit(
                c -> SchemaCheck.install(c, ext, db, s.from(), s.to(), options.timeout(), f)));
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

  /** One more task, unit {@code sortKey}, whose findings come with the others. */
  void add(String sortKey, Future<List<Finding>> task) {
    tasks.put(sortKey, task);
  }

  /** Waits for every task; their findings, by unit (sort key). */
  java.util.SortedMap<String, List<Finding>> findings() throws SQLException, InterruptedException {
    java.util.SortedMap<String, List<Finding>> byUnit = new java.util.TreeMap<>();
    for (java.util.Map.Entry<String, Future<List<Finding>>> d : tasks.entrySet()) {
      byUnit.put(d.getKey(), Verifier.get(d.getValue()));
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
