package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.extupgrade.catalog.CatalogReader;
import org.extupgrade.catalog.Snapshot;
import org.extupgrade.catalog.SnapshotDiff;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.VersionOrder;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;

/**
 * Where a script leads back to an older version (by {@link VersionOrder}): in one database, install
 * the older version (the fresh snapshot), update to the newer, update back, and compare. If the
 * older version cannot be installed or the newer not reached, the downgrade is not tried: those
 * failures belong to the other scenarios.
 */
final class DowngradeCheck {
  private DowngradeCheck() {}

  /** The scripts that go from a newer version to an older one, in name order. */
  static List<Script> downgrades(Extension ext) {
    return ext.updateScripts().stream()
        .filter(s -> s.from() != null && VersionOrder.newer(s.from(), s.to()))
        .sorted((a, b) -> a.canonicalName().compareTo(b.canonicalName()))
        .toList();
  }

  /** Runs the downgrade by {@code script} in database {@code db} (created and dropped here). */
  static List<Finding> run(
      Cluster cluster, Extension ext, Script script, String db, Duration timeout)
      throws SQLException {
    String older = script.to();
    String newer = script.from();
    cluster.createDatabase(db, null);
    try (Connection c = cluster.connect(db)) {
      Verifier.execute(c, "set statement_timeout = " + timeout.toMillis());
      Snapshot fresh;
      try {
        Verifier.execute(
            c,
            "CREATE EXTENSION "
                + Scripts.ident(ext.name())
                + " VERSION "
                + Scripts.literal(older)
                + " CASCADE");
        fresh = CatalogReader.read(c, ext.name());
        Verifier.execute(c, alter(ext, newer));
      } catch (SQLException e) {
        return List.of();
      }
      String sql = alter(ext, older);
      try {
        Verifier.execute(c, sql);
      } catch (SQLException e) {
        Finding f = ScriptFailure.of(e, ext, sql, newer, older, script);
        return List.of(
            new Finding(
                Severity.ERROR,
                "downgrade-fails",
                f.object(),
                newer,
                older,
                f.message(),
                f.where(),
                "",
                f.detail()));
      }
      Snapshot back = CatalogReader.read(c, ext.name());
      List<Finding> out = new ArrayList<>();
      String path = older + "--" + newer + "--" + older;
      for (Finding f :
          SnapshotDiff.diff(
              fresh,
              back,
              new SnapshotDiff.Scenario(newer, older, path, Location.of(script.file())))) {
        out.add(
            new Finding(
                f.severity(),
                "downgrade-differs",
                f.object(),
                newer,
                older,
                "after updating " + older + " to " + newer + " and back: " + f.message(),
                f.where(),
                "",
                f.detail()));
      }
      return out;
    } finally {
      cluster.dropDatabase(db);
    }
  }

  private static String alter(Extension ext, String to) {
    return "ALTER EXTENSION " + Scripts.ident(ext.name()) + " UPDATE TO " + Scripts.literal(to);
  }
}
