package org.extupgrade.verify;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.extupgrade.catalog.CatalogReader;
import org.extupgrade.catalog.Snapshot;
import org.extupgrade.catalog.SnapshotDiff;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.jspecify.annotations.Nullable;

/**
 * One database of a run: installs a version (and, for a scenario, updates along its path) with the
 * checks that watch the same session: settings around each script, the author's seed and check
 * queries, user data and the update's locks, and a second run of the last script.
 */
final class ScenarioRun {
  private final Extension ext;
  private final Verifier.Options options;
  private final @Nullable List<UserData.Sql> checkQueries;
  private final @Nullable RerunCheck rerun;

  ScenarioRun(Extension ext, Verifier.Options options, @Nullable RerunCheck rerun) {
    this.ext = ext;
    this.options = options;
    this.rerun = rerun;
    Optional<Path> check = options.on(ScenarioKind.DATA) ? UserData.check(ext) : Optional.empty();
    this.checkQueries = check.map(UserData::statements).orElse(null);
  }

  /** What installing (and updating) gave: a snapshot and more findings, or the script failure. */
  sealed interface Outcome permits Installed, Failed {}

  /**
   * @param checks the rows of each check query, or null when they were not run
   */
  record Installed(Snapshot snapshot, List<Finding> findings, @Nullable List<List<String>> checks)
      implements Outcome {
    /**
     * What this upgraded install of scenario {@code s} shows against {@code fresh}, a fresh install
     * of its target: catalog differences and check queries at the scenario's last script, then the
     * findings of the run itself.
     */
    List<Finding> against(Installed fresh, Scenario s, Extension ext) {
      Location where = s.lastScript(ext).map(x -> Location.of(x.file())).orElse(null);
      List<Finding> out =
          new ArrayList<>(
              SnapshotDiff.diff(
                  fresh.snapshot(),
                  snapshot,
                  new SnapshotDiff.Scenario(s.from(), s.to(), s.path(), where)));
      out.addAll(CheckQueries.compare(ext, s, fresh.checks(), checks));
      out.addAll(findings);
      return out;
    }
  }

  record Failed(ScriptException failure) implements Outcome {}

  /**
   * In database {@code db} of {@code cluster} (created and dropped here): installs {@code version},
   * then for a scenario updates along its path; {@code again} is the script to run a second time,
   * or null.
   */
  Outcome run(
      Cluster cluster, String db, @Nullable Scenario s, String version, @Nullable Script again)
      throws SQLException {
    cluster.createDatabase(db, null);
    long log = cluster.logSize();
    try (Connection c = cluster.connect(db)) {
      Scripts scripts = new Scripts(ext, c, options.timeout());
      List<Finding> found = new ArrayList<>();
      String target = s == null ? version : s.to();
      boolean settings = options.on(ScenarioKind.SETTINGS);
      Map<String, String> before = settings ? SettingsCheck.read(c) : Map.of();
      try {
        scripts.create(s, version);
        if (settings) {
          found.addAll(
              SettingsCheck.leaks(
                  before,
                  SettingsCheck.read(c),
                  ext.name(),
                  "",
                  version,
                  "CREATE EXTENSION ... VERSION '" + version + "'",
                  ext.installScript(version).map(x -> Location.of(x.file())).orElse(null)));
        }
        // The seed is the user's database: every scenario runs on it, not only the data check.
        Optional<Path> seed = UserData.seed(ext, version);
        if (seed.isPresent()) {
          UserData.run(c, seed.get());
        }
        if (s != null) {
          DataCheck data = options.on(ScenarioKind.DATA) ? DataCheck.before(c, ext.name()) : null;
          before = settings ? SettingsCheck.read(c) : Map.of();
          update(c, scripts, s, found);
          if (settings) {
            found.addAll(
                SettingsCheck.leaks(
                    before,
                    SettingsCheck.read(c),
                    ext.name(),
                    s.from(),
                    s.to(),
                    "ALTER EXTENSION ... UPDATE along " + s.path(),
                    lastScript(s)));
          }
          if (data != null) {
            found.addAll(data.after(c, ext.name(), s.from(), s.to(), lastScript(s)));
          }
        }
      } catch (ScriptException e) {
        return new Failed(ScriptFailure.lost(e.getCause()) ? Crash.recover(cluster, log, e) : e);
      }
      if (!cluster.serverAlive()) {
        // The scripts killed the postmaster; their own session may not have noticed yet.
        SQLException died =
            new SQLException("the PostgreSQL server (postmaster) died during the script", "08006");
        return new Failed(Crash.recover(cluster, log, lostAfter(died, s, version)));
      }
      boolean seededAlike =
          UserData.seed(ext, s == null ? version : s.from()).isPresent()
              == UserData.seed(ext, target).isPresent();
      List<List<String>> checks =
          checkQueries != null && seededAlike ? UserData.results(c, checkQueries) : null;
      Snapshot snapshot = CatalogReader.read(c, ext.name());
      if (again != null && rerun != null) {
        found.addAll(rerun.rerun(c, ext, again, snapshot));
      }
      return new Installed(snapshot, found, checks);
    } catch (SQLException e) {
      if (!ScriptFailure.lost(e)) throw e;
      // The session broke after the scripts' own statement returned: the server died under it.
      return new Failed(Crash.recover(cluster, log, lostAfter(e, s, version)));
    } finally {
      cluster.dropDatabase(db);
    }
  }

  private ScriptException lostAfter(SQLException e, @Nullable Scenario s, String version) {
    String statement =
        s == null
            ? "CREATE EXTENSION "
                + Scripts.ident(ext.name())
                + " VERSION "
                + Scripts.literal(version)
            : "ALTER EXTENSION " + Scripts.ident(ext.name()) + " UPDATE along " + s.path();
    Script running =
        s == null ? ext.installScript(version).orElse(null) : s.lastScript(ext).orElse(null);
    return new ScriptException(
        ScriptFailure.of(
            e, ext, statement, s == null ? "" : s.from(), s == null ? version : s.to(), running),
        e);
  }

  /**
   * Updates along the scenario's path; with the lock check on, inside one transaction whose locks
   * are read before it commits. A failure there is rolled back; where the failing script is not yet
   * named, the update runs again the plain way, so that it is named as without the check.
   */
  private void update(Connection c, Scripts scripts, Scenario s, List<Finding> found)
      throws ScriptException, SQLException {
    if (!options.on(ScenarioKind.LOCKS)) {
      plain(scripts, s);
      return;
    }
    // BEGIN and COMMIT as statements: pgjdbc's setAutoCommit after a failed ALTER EXTENSION was
    // seen to wait forever for a COMMIT reply the server was never sent.
    Verifier.execute(c, "BEGIN");
    try {
      plain(scripts, s);
      found.addAll(LockCheck.held(c, ext.name(), s.from(), s.to(), lastScript(s)));
      Verifier.execute(c, "COMMIT");
    } catch (ScriptException e) {
      if (ScriptFailure.lost(e.getCause())) throw e; // no session left to roll back
      Verifier.execute(c, "ROLLBACK");
      Finding f = e.finding();
      if (s.stepwise()
          || f.kind().id().equals("script-timeout")
          || f.where() != null && f.where().line() > 0) {
        throw e; // the failing script is named already
      }
      // Before 18 the server may not name the script, and the replay that would name it ran in
      // the aborted transaction: run it again outside.
      plain(scripts, s);
      throw e;
    } catch (SQLException | RuntimeException e) {
      Verifier.execute(c, "ROLLBACK");
      throw e;
    }
  }

  private static void plain(Scripts scripts, Scenario s) throws ScriptException {
    if (s.stepwise()) {
      for (int i = 1; i < s.steps().size(); i++) {
        scripts.update(s, s.steps().get(i - 1), s.steps().get(i));
      }
    } else {
      scripts.updatePath(s);
    }
  }

  private @Nullable Location lastScript(Scenario s) {
    return s.lastScript(ext).map(x -> Location.of(x.file())).orElse(null);
  }
}
