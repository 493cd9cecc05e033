package org.extupgrade.verify;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.extupgrade.catalog.Snapshot;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
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

  private Others(Extension ext) {
    this.ext = ext;
  }

  static Others submit(
      ExecutorService pool,
      Cluster cluster,
      Extension ext,
      Verifier.Options options,
      Plan plan,
      String prefix,
      AtomicInteger names) {
    Others o = new Others(ext);
    if (options.on(Check.DOWNGRADE)) {
      for (Script d : DowngradeCheck.downgrades(ext)) {
        String db = prefix + "d" + names.incrementAndGet();
        o.tasks.add(pool.submit(() -> DowngradeCheck.run(cluster, ext, d, db, options.timeout())));
      }
    }
    if (options.on(Check.SCHEMAS) && SchemaCheck.applies(ext)) {
      List<Finding> freshFindings = new ArrayList<>();
      o.schemaFindings.add(freshFindings);
      String fdb = prefix + "o" + names.incrementAndGet();
      o.schemaFresh =
          pool.submit(
              () ->
                  SchemaCheck.install(
                      cluster, ext, fdb, plan.target(), null, options.timeout(), freshFindings));
      for (Scenario s : plan.scenarios()) {
        if (s.stepwise()) {
          continue;
        }
        List<Finding> f = new ArrayList<>();
        o.schemaFindings.add(f);
        o.schemaScenarios.add(s);
        String db = prefix + "o" + names.incrementAndGet();
        o.schemaRuns.add(
            pool.submit(
                () ->
                    SchemaCheck.install(cluster, ext, db, s.from(), s.to(), options.timeout(), f)));
      }
    }
    return o;
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
