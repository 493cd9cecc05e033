package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.extupgrade.catalog.CatalogReader;
import org.extupgrade.catalog.Snapshot;
import org.extupgrade.catalog.SnapshotDiff;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Runs the scenarios of one extension on one cluster whose extension directory already holds the
 * extension's files (the caller stages them and closes the cluster): a fresh install of the target, then every old version upgraded along each
 * path, each in its own database, a few at a time, each compared with the fresh snapshot.
 */
public final class Verifier {
  private final Cluster dbs;
  private final Extension ext;
  private final Options options;
  private final AtomicInteger names = new AtomicInteger();

  /**
   * @param to the target version, or null for the default version
   * @param from the old versions, or empty for every available one
   * @param timeout the statement timeout for every CREATE and ALTER
   * @param threads how many scenarios run at once
   */
  public record Options(@Nullable String to, List<String> from, Duration timeout, int threads) {
    public Options {
      from = List.copyOf(from);
      if (timeout.isNegative() || timeout.isZero() || threads < 1) {
        throw new IllegalArgumentException("timeout and threads must be positive");
      }
    }
  }

  public Verifier(Cluster dbs, Extension ext, Options options) {
    this.dbs = dbs;
    this.ext = ext;
    this.options = options;
  }

  /** Runs every scenario; database errors in the extension's scripts become findings. */
  public VerifyResult run() throws SQLException, InterruptedException {
    String freshDb = "extupgrade_fresh";
    dbs.createDatabase(freshDb, null);
    try (Connection c = dbs.connect(freshDb)) {
      int major = c.getMetaData().getDatabaseMajorVersion();
      Plan plan = Plan.read(c, ext.name(), options.to(), options.from());
      Scripts scripts = new Scripts(ext, c, options.timeout());
      List<Finding> findings = new ArrayList<>();
      for (String old : plan.noPath()) {
        findings.add(
            new Finding(
                Severity.WARNING, "no-update-path", "extension " + ext.name(), old, plan.target(),
                "version " + old + " can be installed but not updated to " + plan.target(),
                null, "", ""));
      }
      Snapshot fresh;
      try {
        scripts.create(null, plan.target());
        fresh = CatalogReader.read(c, ext.name());
      } catch (ScriptException e) {
        if (Scripts.outsideTheExtension(e.getCause())) {
          return new VerifyResult(major, plan.target(), List.of(), List.of(), e.finding().message());
        }
        findings.add(e.finding());
        return new VerifyResult(major, plan.target(), List.of(), findings, null);
      }
      findings.addAll(runAll(plan, fresh));
      findings.sort(Finding.ORDER);
      return new VerifyResult(major, plan.target(), plan.scenarios(), findings, null);
    } finally {
      dbs.dropDatabase(freshDb);
    }
  }

  private List<Finding> runAll(Plan plan, Snapshot fresh)
      throws InterruptedException, SQLException {
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try {
      List<Future<List<Finding>>> futures = new ArrayList<>();
      for (Scenario s : plan.scenarios()) {
        futures.add(pool.submit(() -> runOne(s, fresh)));
      }
      List<Finding> out = new ArrayList<>();
      for (Future<List<Finding>> f : futures) {
        try {
          out.addAll(f.get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof SQLException sql) {
            throw sql;
          }
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Finding> runOne(Scenario s, Snapshot fresh) throws SQLException {
    String db = "extupgrade_s" + names.incrementAndGet();
    dbs.createDatabase(db, null);
    try (Connection c = dbs.connect(db)) {
      Scripts scripts = new Scripts(ext, c, options.timeout());
      try {
        scripts.create(s, s.from());
        if (s.stepwise()) {
          for (int i = 1; i < s.steps().size(); i++) {
            scripts.update(s, s.steps().get(i - 1), s.steps().get(i));
          }
        } else {
          scripts.updatePath(s);
        }
      } catch (ScriptException e) {
        return List.of(e.finding());
      }
      Snapshot upgraded = CatalogReader.read(c, ext.name());
      String last = s.steps().get(s.steps().size() - 2);
      Location where = ext.updateScript(last, s.to()).map(x -> Location.of(x.file())).orElse(null);
      return SnapshotDiff.diff(
          fresh, upgraded, new SnapshotDiff.Scenario(s.from(), s.to(), s.path(), where));
    } finally {
      dbs.dropDatabase(db);
    }
  }

  /** Runs one statement. */
  static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
