package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.Finding;
import org.extupgrade.model.UserError;
import org.extupgrade.model.VersionPair;
import org.extupgrade.verify.ScenarioRun.Failed;
import org.extupgrade.verify.ScenarioRun.Installed;
import org.extupgrade.verify.ScenarioRun.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * The scenarios of one extension on one installation's worker clusters (the extension's files
 * staged on each): a fresh install of the target and of every version an update script leads to,
 * each update script alone (from a fresh install of its start, compared with a fresh install of its
 * end: every difference there is that script's), and each upgrade to the target whose scripts are
 * not all clean, run for real. An upgrade whose every script is clean yields a fresh install by
 * composition and is not run again. Each difference is reported once, at the script that introduced
 * it, with the upgrades it affects.
 */
public final class Verifier {
  private final Workers workers;
  private final Extension ext;
  private final Options options;
  private final AtomicInteger names = new AtomicInteger();
  private final Timings timings = new Timings();

  /**
   * @param to the target version, or null for the default version
   * @param from the old versions, or empty for every available one
   * @param timeout the statement timeout for every CREATE and ALTER
   * @param threads how many scenarios run at once (one cluster each)
   * @param checks the scenarios beyond catalog parity
   * @param allPaths run every upgrade to the target, even those made of clean scripts
   * @param oldest the oldest supported version: older ones are not upgraded from (null: all)
   */
  public record Options(
      @Nullable String to,
      List<String> from,
      Duration timeout,
      int threads,
      Set<ScenarioKind> checks,
      boolean allPaths,
      @Nullable String oldest) {
    public Options {
      from = List.copyOf(from);
      checks = checks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(checks));
      if (timeout.isNegative() || timeout.isZero() || threads < 1) {
        throw new IllegalArgumentException("timeout and threads must be positive");
      }
    }

    /** With the default scenarios. */
    public Options(@Nullable String to, List<String> from, Duration timeout, int threads) {
      this(to, from, timeout, threads, ScenarioKind.defaults(), false);
    }

    /** With every supported version. */
    public Options(
        @Nullable String to,
        List<String> from,
        Duration timeout,
        int threads,
        Set<ScenarioKind> checks,
        boolean allPaths) {
      this(to, from, timeout, threads, checks, allPaths, null);
    }

    boolean on(ScenarioKind c) {
      return checks.contains(c);
    }
  }

  Verifier(Workers workers, Extension ext, Options options) {
    this.workers = workers;
    this.ext = ext;
    this.options = options;
  }

  /** Runs every scenario; database errors in the extension's scripts become findings. */
  VerifyResult run() throws SQLException, InterruptedException {
    return Report.of(gather(Shard.ALL), ext, options);
  }

  /** Runs the scenarios of {@code shard}: what they found, not yet reported. */
  Raw gather(Shard shard) throws SQLException, InterruptedException {
    int major;
    Plan plan;
    List<Finding> unavailable;
    try (Connection c = workers.any().connect("postgres")) {
      major = c.getMetaData().getDatabaseMajorVersion();
      try {
        plan = Plan.read(c, ext.name(), options.to(), options.from(), options.oldest());
      } catch (UserError e) {
        // Without --to the version that cannot be installed is the control file's default.
        if (options.to() != null || e.location() != null) throw e;
        throw new UserError(ext.control().where("default_version"), e.getMessage(), e);
      }
      unavailable = Requires.unavailable(c, ext, major);
    }
    if (!unavailable.isEmpty()) {
      return new Raw(
          major, plan, unavailable, Map.of(), Map.of(), Map.of(), new TreeMap<>(), new TreeMap<>());
    }
    RerunCheck rerun = options.on(ScenarioKind.RERUN) ? RerunCheck.stage(workers.all(), ext) : null;
    try {
      return gather(major, plan, rerun, new Units(plan, ext, options, rerun, shard), shard);
    } finally {
      if (rerun != null) rerun.close();
    }
  }

  private Raw gather(int major, Plan plan, @Nullable RerunCheck rerun, Units units, Shard shard)
      throws SQLException, InterruptedException {
    ScenarioRun db = new ScenarioRun(ext, options, rerun);
    // A shard installs fresh only the target and the ends of its own edges.
    Set<String> ends = new HashSet<>();
    ends.add(plan.target());
    for (Edges.Edge e : plan.edges()) if (units.owned(Units.edge(e))) ends.add(e.to());
    Map<String, Future<Outcome>> fresh = new LinkedHashMap<>();
    for (String v : plan.freshVersions()) {
      if (!shard.all() && !ends.contains(v)) continue;
      String name = "fresh" + names.incrementAndGet();
      fresh.put(
          v, workers.submit(timings.timed(Timings.PARITY, c -> db.run(c, name, null, v, null))));
    }
    Edges edges =
        Edges.submit(
            workers, db, plan, rerun, ext, names, e -> units.owned(Units.edge(e)), timings);
    Others others = Others.submit(workers, ext, options, plan, names, units, timings);
    if (rerun != null)
      rerun.submitUnclaimed(workers, ext, edges.claimed(), names, others, options.timeout(), units);
    Map<String, Raw.Fresh> freshRuns = new LinkedHashMap<>();
    Map<String, Installed> installed = new LinkedHashMap<>();
    for (Map.Entry<String, Future<Outcome>> e : fresh.entrySet()) {
      switch (get(e.getValue())) {
        case Failed(ScriptException x) ->
            freshRuns.put(
                e.getKey(),
                new Raw.Fresh(
                    List.of(x.finding()), true, Scripts.outsideTheExtension(x.getCause())));
        case Installed i -> {
          installed.put(e.getKey(), i);
          freshRuns.put(e.getKey(), new Raw.Fresh(i.findings(), false, false));
        }
      }
    }
    Installed target = installed.get(plan.target());
    if (target == null) {
      return new Raw(
          major, plan, List.of(), freshRuns, Map.of(), Map.of(), new TreeMap<>(), new TreeMap<>());
    }
    Map<Edges.Edge, Raw.EdgeRun> edgeRuns = edges.results(installed);
    Paths paths =
        Paths.submit(
            workers,
            db,
            plan,
            edges,
            options.allPaths(),
            ext,
            names,
            s -> units.owned(Units.path(s)),
            timings);
    Map<Scenario, Raw.PathRun> pathRuns = paths.results(target);
    SortedMap<String, List<Finding>> otherRuns = others.findings();
    return new Raw(
        major, plan, List.of(), freshRuns, edgeRuns, pathRuns, otherRuns, others.notes());
  }

  /** How long each scenario took, summed over the clusters (one line). */
  String times() {
    return timings.note();
  }

  /** The pairs a result covers: every old version to the target. */
  static List<VersionPair> pairs(Plan plan) {
    List<VersionPair> out = new ArrayList<>();
    for (Scenario s : plan.scenarios()) {
      if (!s.stepwise()) out.add(new VersionPair(s.from(), s.to(), s.steps()));
    }
    for (String old : plan.noPath()) out.add(new VersionPair(old, plan.target(), List.of()));
    return out;
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
      if (e.getCause() instanceof Error r) {
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
