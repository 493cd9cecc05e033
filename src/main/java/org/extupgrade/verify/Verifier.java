package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.OldVersions;
import org.extupgrade.layout.VersionOrder;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.RootCauses;
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
      // Every upgrade needs the missing extension: none of them is clean.
      List<Finding> each = unavailable.stream().map(f -> f.withAffects(upgrades(plan))).toList();
      return VerifyResult.of(major, plan, List.of(), List.of(), each);
    }
    RerunCheck rerun = options.on(ScenarioKind.RERUN) ? RerunCheck.stage(workers.all(), ext) : null;
    try {
      return run(major, plan, rerun);
    } finally {
      if (rerun != null) rerun.close();
    }
  }

  private VerifyResult run(int major, Plan plan, @Nullable RerunCheck rerun)
      throws SQLException, InterruptedException {
    ScenarioRun db = new ScenarioRun(ext, options, rerun);
    Timings timings = new Timings();
    Map<String, Future<Outcome>> fresh = new LinkedHashMap<>();
    for (String v : plan.freshVersions()) {
      String name = "fresh" + names.incrementAndGet();
      fresh.put(
          v, workers.submit(timings.timed(Timings.PARITY, c -> db.run(c, name, null, v, null))));
    }
    Edges edges = Edges.submit(workers, db, plan, rerun, ext, names, timings);
    Others others = Others.submit(workers, ext, options, plan, names, timings);
    if (rerun != null)
      rerun.submitUnclaimed(workers, ext, edges.claimed(), names, others, options.timeout());
    List<Finding> findings = new ArrayList<>();
    for (String old : plan.noPath()) findings.add(noPath(old, plan.target()));
    if (options.from().isEmpty())
      OldVersions.finding(ext, plan.target(), options.oldest()).ifPresent(findings::add);
    Map<String, Installed> installed = new LinkedHashMap<>();
    for (Map.Entry<String, Future<Outcome>> e : fresh.entrySet()) {
      switch (get(e.getValue())) {
        case Failed(ScriptException x)
            when e.getKey().equals(plan.target()) && Scripts.outsideTheExtension(x.getCause()) -> {
          return VerifyResult.skipped(major, plan, x.finding().message());
        }
        case Failed(ScriptException x) -> findings.add(x.finding());
        case Installed i -> {
          installed.put(e.getKey(), i);
          findings.addAll(i.findings());
        }
      }
    }
    Installed target = installed.get(plan.target());
    if (target == null) {
      // Nothing could be compared: the target's failure concerns every upgrade to it.
      List<Finding> out = new ArrayList<>();
      for (Finding f : findings) {
        boolean aboutTarget = f.upgrade().isEmpty() || f.to().equals(plan.target());
        out.add(aboutTarget ? f.withAffects(upgrades(plan)) : f);
      }
      return VerifyResult.of(major, plan, List.of(), List.of(), out);
    }
    List<Finding> alone = Collapse.columns(edges.findings(installed));
    Paths paths = Paths.submit(workers, db, plan, edges, options.allPaths(), ext, names, timings);
    List<Finding> whole = Collapse.columns(paths.findings(target, edges));
    findings.addAll(RootCauses.markRepaired(alone, whole, plan.target()));
    findings.addAll(whole);
    findings.addAll(SchemaCheck.beyond(findings, Collapse.columns(others.findings())));
    List<Finding> grouped = RootCauses.group(findings, VersionOrder.INSTANCE);
    grouped.sort(Finding.ORDER);
    List<Scenario> run = new ArrayList<>(edges.scenarios());
    run.addAll(paths.scenarios());
    List<String> notes = new ArrayList<>(others.notes());
    notes.add(timings.note());
    return VerifyResult.of(major, plan, run, paths.converged(), grouped).withNotes(notes);
  }

  private Finding noPath(String old, String target) {
    return Finding.of(FindingKind.NO_UPDATE_PATH)
        .object("extension " + ext.name())
        .upgrade(old, target)
        .message(
            "version "
                + old
                + " can be installed but not updated to "
                + target
                + ": its users cannot upgrade")
        .build();
  }

  /** Every upgrade a result covers, as {@code from -> to}. */
  private static List<String> upgrades(Plan plan) {
    return pairs(plan).stream().map(VersionPair::label).toList();
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
