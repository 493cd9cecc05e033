package org.extupgrade.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extupgrade.catalog.CatalogReader;
import org.extupgrade.catalog.Snapshot;
import org.extupgrade.catalog.SnapshotDiff;
import org.extupgrade.cluster.ClientTools;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.jspecify.annotations.Nullable;

/**
 * Dump and restore: install (and update along a scenario), run the author's seed, make {@link
 * UserObjects}, then {@code pg_dump -Fc} the database and {@code pg_restore} it into a fresh one of
 * the same cluster; the copy must equal the original: every configuration row (as its dump filter
 * keeps it), every user relation and row, and (for a fresh install) the catalog. A restore of an
 * upgraded database installs the target fresh, so its catalog is the parity scenario's business.
 */
final class DumpCheck {
  static final List<String> PROGRAMS = List.of("pg_dump", "pg_restore");
  private static final Pattern TABLE = Pattern.compile("for table \"([^\"]+)\"");

  private DumpCheck() {}

  /**
   * @param s the upgrade, or null for a fresh install of {@code target}
   */
  static List<Finding> run(
      Cluster cluster,
      ClientTools tools,
      Extension ext,
      @Nullable Scenario s,
      String target,
      String db,
      Duration timeout)
      throws SQLException, IOException, InterruptedException {
    String copy = db + "_restored";
    String from = s == null ? "" : s.from();
    Location where =
        (s == null ? ext.installScript(target) : s.lastScript(ext))
            .map(x -> Location.of(x.file()))
            .orElse(null);
    cluster.createDatabase(db, null);
    Path file = Files.createTempFile(cluster.workspace(), db, ".dump");
    try {
      Snapshot before;
      DumpData data;
      try (Connection c = cluster.connect(db)) {
        Scripts scripts = new Scripts(ext, c, timeout);
        try {
          scripts.create(s, s == null ? target : s.from());
          Optional<Path> seed = UserData.seed(ext, s == null ? target : s.from());
          if (seed.isPresent()) UserData.run(c, seed.get());
          if (s != null) scripts.updatePath(s);
        } catch (ScriptException e) {
          return List.of(); // the parity scenario reports it
        }
        UserObjects.make(c, ext.name());
        before = s == null ? CatalogReader.read(c, ext.name()) : null;
        data = DumpData.read(c, ext.name());
      }
      long limit = Math.max(60, timeout.toSeconds() * 4);
      ClientTools.Result dump =
          tools.run(cluster, "pg_dump", List.of("-Fc", "-f", file.toString(), db), limit);
      if (dump.exit() != 0) {
        return List.of(failed("pg_dump", dump.stderr(), ext, from, target, where));
      }
      cluster.createDatabase(copy, null);
      String dflt = ext.defaultVersion();
      if (dflt == null || !dflt.equals(target)) {
        // The dump says CREATE EXTENSION without a version: give it the target beforehand.
        try (Connection c = cluster.connect(copy)) {
          new Scripts(ext, c, timeout).create(null, target);
        } catch (ScriptException e) {
          return List.of();
        }
      }
      ClientTools.Result restore =
          tools.run(cluster, "pg_restore", List.of("-d", copy, file.toString()), limit);
      List<Finding> out = new ArrayList<>();
      if (restore.exit() != 0) {
        Finding f = failed("pg_restore", restore.stderr(), ext, from, target, where);
        // In a restored upgrade, what fails is mostly a user's object over something the upgrade
        // left behind (the parity findings name the script); a configuration table's rows are the
        // scripts' own doing.
        out.add(s == null || configTable(f, data) ? f : f.withWhere(null));
      }
      try (Connection c = cluster.connect(copy)) {
        DumpData after = DumpData.read(c, ext.name());
        compare(data, after, ext, from, target, where, out);
        if (before != null) {
          Snapshot restored = CatalogReader.read(c, ext.name());
          for (Finding f :
              SnapshotDiff.diff(
                  before, restored, new SnapshotDiff.Scenario(from, target, target, where))) {
            out.add(
                differs(f.object(), "the catalog differs: " + f.message(), from, target, where)
                    .withDetail(f.detail()));
          }
        }
      }
      return out;
    } finally {
      Files.deleteIfExists(file);
      cluster.dropDatabase(copy);
      cluster.dropDatabase(db);
    }
  }

  private static void compare(
      DumpData before,
      DumpData after,
      Extension ext,
      String from,
      String to,
      @Nullable Location where,
      List<Finding> out) {
    for (Map.Entry<String, String> r : before.relations().entrySet()) {
      String name = r.getKey();
      String what = (before.config(name) ? "configuration table " : "relation ") + name;
      if (!after.relations().containsKey(name)) {
        boolean upgrade = !from.isEmpty();
        out.add(
            differs(
                what,
                what
                    + " is lost"
                    + (upgrade
                        ? " (the restore installs "
                            + to
                            + " fresh: a user's object over what the"
                            + " upgrade has and a fresh install lacks cannot be made again; the"
                            + " parity findings name that)"
                        : ""),
                from,
                to,
                upgrade && !before.config(name) ? null : where));
        continue;
      }
      List<String> rows = before.rows().get(name);
      String lost = rows == null ? null : DumpData.lost(name, rows, after.rows().get(name));
      if (lost != null) {
        int nl = lost.indexOf('\n');
        out.add(
            differs(
                    what,
                    "the rows of " + what + " differ: " + lost.substring(0, nl),
                    from,
                    to,
                    where)
                .withDetail(lost.substring(nl + 1)));
      }
    }
  }

  /** True when {@code f} is about a configuration table of the extension. */
  private static boolean configTable(Finding f, DumpData data) {
    String t = f.object().replaceFirst("^table ", "");
    return data.relations().keySet().stream()
        .anyMatch(r -> data.config(r) && (r.equals(t) || r.endsWith("." + t)));
  }

  private static Finding failed(
      String program,
      String stderr,
      Extension ext,
      String from,
      String to,
      @Nullable Location where) {
    List<String> errors =
        stderr.lines().filter(l -> l.contains("error:") || l.startsWith("ERROR")).toList();
    String first = errors.isEmpty() ? stderr.strip() : errors.get(0);
    Matcher t = TABLE.matcher(stderr);
    return Finding.of(FindingKind.RESTORE_FAILS)
        .object(t.find() ? "table " + t.group(1) : "extension " + ext.name())
        .upgrade(from, to)
        .message(
            program
                + " of "
                + (from.isEmpty()
                    ? "a fresh install of " + to
                    : "the upgrade from " + from + " to " + to)
                + " fails: "
                + first.replaceFirst("^" + program + ": error: ", ""))
        .at(where)
        .detail(stderr.strip())
        .build();
  }

  private static Finding differs(
      String object, String message, String from, String to, @Nullable Location where) {
    return Finding.of(FindingKind.RESTORE_DIFFERS)
        .object(object)
        .upgrade(from, to)
        .message(
            "after pg_dump and pg_restore of "
                + (from.isEmpty()
                    ? "a fresh install of " + to
                    : "the upgrade from " + from + " to " + to)
                + ": "
                + message)
        .at(where)
        .build();
  }
}
