package org.extupgrade.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.extupgrade.catalog.CatalogObject;
import org.extupgrade.catalog.CatalogReader;
import org.extupgrade.catalog.Snapshot;
import org.extupgrade.catalog.SnapshotDiff;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;

/**
 * Runs an update script a second time on the database it has just updated: in the scenario that
 * ends with it (the first in plan order), or, for a script no scenario ends with, in a database of
 * its own that installs the script's old version and updates along that one script. PostgreSQL runs
 * a script only along an edge, so a copy of {@code ext--X--Y.sql} is staged, after planning, as
 * {@code ext--Y--Y_extupgrade_rerunN.sql} beside the real scripts, and {@code ALTER EXTENSION ext
 * UPDATE TO 'Y_extupgrade_rerunN'} runs it in the extension's own context. The extra version leads
 * nowhere, so it changes no path to a real version; {@link Plan} ignores it. The copies are removed
 * when the run ends.
 */
final class RerunCheck implements AutoCloseable {
  /** Part of every staged version name; never in a real version of a planned extension. */
  static final String MARK = "_extupgrade_rerun";

  private final Map<Script, String> versions =
      new TreeMap<>((a, b) -> a.canonicalName().compareTo(b.canonicalName()));
  private final List<Path> staged = new ArrayList<>();

  /** Stages a copy of each update script on every cluster. */
  static RerunCheck stage(List<Cluster> clusters, Extension ext) {
    RerunCheck r = new RerunCheck();
    for (Cluster cluster : clusters) {
      Path dir = scriptDir(cluster, ext);
      int n = 0;
      for (Script s : ext.updateScripts()) {
        String version = s.to() + MARK + n++;
        Path copy = dir.resolve(ext.name() + "--" + s.to() + "--" + version + ".sql");
        try {
          Files.copy(dir.resolve(s.canonicalName()), copy);
        } catch (IOException e) {
          r.close();
          throw new UncheckedIOException("cannot stage " + copy, e);
        }
        r.staged.add(copy);
        r.versions.put(s, version);
      }
    }
    return r;
  }

  /** Runs alone, each in a database of its own, the scripts no edge scenario ran twice. */
  void submitUnclaimed(
      Workers workers,
      Extension ext,
      Set<Script> claimed,
      AtomicInteger names,
      Others others,
      Duration timeout,
      Units units) {
    for (Script x : scripts()) {
      if (!claimed.contains(x) && units.owned(Units.rerun(x))) {
        String name = "rerun" + names.incrementAndGet();
        others.add(
            units.sortKey(Units.rerun(x)), workers.submit(c -> alone(c, ext, x, name, timeout)));
      }
    }
  }

  private static Path scriptDir(Cluster cluster, Extension ext) {
    String d = ext.control().directory();
    return d == null ? cluster.extensionDir() : cluster.shareDir().resolve(d);
  }

  /** The scripts staged, in name order. */
  Set<Script> scripts() {
    return versions.keySet();
  }

  /**
   * On a database just updated by {@code script} (so at its target): runs it again, then compares
   * the catalog with {@code before} (the version string aside).
   */
  List<Finding> rerun(Connection c, Extension ext, Script script, Snapshot before)
      throws SQLException {
    String version = versions.get(script);
    String from = script.from() == null ? "" : script.from();
    String sql =
        "ALTER EXTENSION " + Scripts.ident(ext.name()) + " UPDATE TO " + Scripts.literal(version);
    try {
      Verifier.execute(c, sql);
    } catch (SQLException e) {
      Finding f = ScriptFailure.of(e, ext, sql, from, script.to(), script);
      Location where =
          f.where() == null
              ? Location.of(script.file())
              : new Location(script.file(), f.where().line(), 0);
      return List.of(
          new Finding(
              Severity.ERROR,
              "rerun-fails",
              f.object(),
              from,
              script.to(),
              script.file().getFileName()
                  + " fails when run a second time: "
                  + f.message().replaceFirst("^.* fails: ", ""),
              where,
              "make the script idempotent (IF NOT EXISTS, CREATE OR REPLACE, guarded DO blocks)",
              f.detail()));
    }
    Snapshot after = CatalogReader.read(c, ext.name());
    List<Finding> out = new ArrayList<>();
    for (Finding f :
        SnapshotDiff.diff(
            withoutVersion(before),
            withoutVersion(after),
            new SnapshotDiff.Scenario(
                from, script.to(), script.to() + " again", Location.of(script.file())))) {
      out.add(
          new Finding(
              f.severity(),
              "rerun-changes-catalog",
              f.object(),
              from,
              script.to(),
              "running "
                  + script.file().getFileName()
                  + " a second time changes the catalog: "
                  + f.message(),
              f.where(),
              "",
              f.detail()));
    }
    return out;
  }

  /**
   * In database {@code db} (created and dropped here): installs the script's old version, updates
   * along the script, and runs it again. If the first two fail, nothing is reported: those are the
   * other scenarios' findings.
   */
  List<Finding> alone(Cluster cluster, Extension ext, Script script, String db, Duration timeout)
      throws SQLException {
    cluster.createDatabase(db, null);
    try (Connection c = cluster.connect(db)) {
      Verifier.execute(c, "set statement_timeout = " + timeout.toMillis());
      try {
        Verifier.execute(
            c,
            "CREATE EXTENSION "
                + Scripts.ident(ext.name())
                + " VERSION "
                + Scripts.literal(script.from())
                + " CASCADE");
        Verifier.execute(
            c,
            "ALTER EXTENSION "
                + Scripts.ident(ext.name())
                + " UPDATE TO "
                + Scripts.literal(script.to()));
      } catch (SQLException e) {
        return List.of();
      }
      return rerun(c, ext, script, CatalogReader.read(c, ext.name()));
    } finally {
      cluster.dropDatabase(db);
    }
  }

  /** {@code s} with the extension's version field dropped. */
  static Snapshot withoutVersion(Snapshot s) {
    TreeMap<String, CatalogObject> objs = new TreeMap<>(s.objects());
    objs.replaceAll(
        (k, o) -> {
          if (!k.startsWith("extension ")) {
            return o;
          }
          TreeMap<String, String> f = new TreeMap<>(o.fields());
          f.remove("version");
          return new CatalogObject(k, f);
        });
    return new Snapshot(s.extension(), s.serverMajor(), objs);
  }

  @Override
  public void close() {
    for (Path p : staged) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove " + p, e);
      }
    }
  }
}
