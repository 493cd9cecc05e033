package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.extupgrade.catalog.SnapshotDiff;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.extupgrade.verify.ScenarioRun.Failed;
import org.extupgrade.verify.ScenarioRun.Installed;
import org.extupgrade.verify.ScenarioRun.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * Runs the scenarios of one extension on one cluster whose extension directory already holds the
 * extension's files (the caller stages them and closes the cluster): a fresh install of the target,
 * then every old version upgraded along each path, each in its own database, a few at a time, each
 * compared with the fresh snapshot.
 */
public final class Verifier {
  private final Cluster cluster;
  private final Extension ext;
  private final Options options;

  /** Distinct database names for runs sharing one cluster. */
  private static final AtomicInteger RUNS = new AtomicInteger();

  private final AtomicInteger names = new AtomicInteger();

  /**
   * @param to the target version, or null for the default version
   * @param from the old versions, or empty for every available one
   * @param timeout the statement timeout for every CREATE and ALTER
   * @param threads how many scenarios run at once
   */
  public record Options(
      @Nullable String to, List<String> from, Duration timeout, int threads, Set<Check> checks) {
    public Options {
      from = List.copyOf(from);
      checks = checks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(checks));
      if (timeout.isNegative() || timeout.isZero() || threads < 1) {
        throw new IllegalArgumentException("timeout and threads must be positive");
      }
    }

    /** With every check on. */
    public Options(@Nullable String to, List<String> from, Duration timeout, int threads) {
      this(to, from, timeout, threads, EnumSet.allOf(Check.class));
    }

    boolean on(Check c) {
      return checks.contains(c);
    }
  }

  public Verifier(Cluster cluster, Extension ext, Options options) {
    this.cluster = cluster;
    this.ext = ext;
    this.options = options;
  }

  /** Runs every scenario; database errors in the extension's scripts become findings. */
  public VerifyResult run() throws SQLException, InterruptedException {
    int major;
    Plan plan;
    try (Connection c = cluster.connect("postgres")) {
      major = c.getMetaData().getDatabaseMajorVersion();
      plan = Plan.read(c, ext.name(), options.to(), options.from());
    }
    String prefix = "extupgrade_" + RUNS.incrementAndGet() + "_";
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    RerunCheck rerun = options.on(Check.RERUN) ? RerunCheck.stage(cluster, ext) : null;
    try {
      ScenarioRun db = new ScenarioRun(cluster, ext, options, rerun);
      // The fresh install runs beside the scenarios; only the diffs wait for it.
      Future<Outcome> freshRun =
          pool.submit(() -> db.run(prefix + "fresh", null, plan.target(), null));
      List<Future<Outcome>> runs = new ArrayList<>();
      Set<Script> rerunClaimed = new HashSet<>();
      for (Scenario s : plan.scenarios()) {
        Script again =
            rerun == null
                ? null
                : s.lastScript(ext)
                    .filter(x -> rerun.scripts().contains(x) && rerunClaimed.add(x))
                    .orElse(null);
        String name = prefix + "s" + names.incrementAndGet();
        runs.add(pool.submit(() -> db.run(name, s, s.from(), again)));
      }
      Others others = Others.submit(pool, cluster, ext, options, plan, prefix, names);
      if (rerun != null) {
        for (Script x : rerun.scripts()) {
          if (!rerunClaimed.contains(x)) {
            String name = prefix + "r" + names.incrementAndGet();
            others.add(pool.submit(() -> rerun.alone(cluster, ext, x, name, options.timeout())));
          }
        }
      }
      List<Finding> findings = new ArrayList<>();
      for (String old : plan.noPath()) {
        findings.add(
            new Finding(
                Severity.WARNING,
                "no-update-path",
                "extension " + ext.name(),
                old,
                plan.target(),
                "version " + old + " can be installed but not updated to " + plan.target(),
                null,
                "",
                ""));
      }
      Installed fresh;
      switch (get(freshRun)) {
        case Failed(ScriptException e) when Scripts.outsideTheExtension(e.getCause()) -> {
          return new VerifyResult(
              major, plan.target(), List.of(), List.of(), e.finding().message());
        }
        case Failed(ScriptException e) -> {
          findings.add(e.finding());
          return new VerifyResult(major, plan.target(), List.of(), findings, null);
        }
        case Installed i -> fresh = i;
      }
      findings.addAll(fresh.findings());
      for (int i = 0; i < runs.size(); i++) {
        Scenario s = plan.scenarios().get(i);
        switch (get(runs.get(i))) {
          case Failed(ScriptException e) -> findings.add(e.finding());
          case Installed upgraded -> {
            findings.addAll(SnapshotDiff.diff(fresh.snapshot(), upgraded.snapshot(), scenario(s)));
            findings.addAll(upgraded.findings());
            findings.addAll(CheckQueries.compare(ext, s, fresh.checks(), upgraded.checks()));
          }
        }
      }
      findings.addAll(SchemaCheck.beyond(findings, others.findings()));
      findings.sort(Finding.ORDER);
      return new VerifyResult(major, plan.target(), plan.scenarios(), dedupe(findings), null);
    } finally {
      pool.shutdownNow();
      // Tasks drop their databases on the way out; wait so none outlives the call.
      pool.awaitTermination(options.timeout().toMillis() * 2 + 60_000, TimeUnit.MILLISECONDS);
      if (rerun != null) {
        rerun.close();
      }
    }
  }

  /** Equal findings once (a setting leaked by an install script shows in every scenario). */
  private static List<Finding> dedupe(List<Finding> sorted) {
    return new ArrayList<>(new LinkedHashSet<>(sorted));
  }

  private SnapshotDiff.Scenario scenario(Scenario s) {
    Location where = s.lastScript(ext).map(x -> Location.of(x.file())).orElse(null);
    return new SnapshotDiff.Scenario(s.from(), s.to(), s.path(), where);
  }

  static <T> T get(Future<T> f) throws SQLException, InterruptedException {
    try {
      return f.get();
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

  /** Runs one statement. */
  static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
