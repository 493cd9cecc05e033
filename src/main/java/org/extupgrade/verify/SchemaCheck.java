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
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Installs the extension into a schema of its own ({@code extupgrade_other}), with a session
 * search_path that puts a hostile schema first (it shadows common functions with ones that fail),
 * upgrades, and compares with a fresh install into the same schema. Applies to extensions whose
 * control file fixes no {@code schema}. PostgreSQL sets search_path to the target schema while a
 * script runs, so the hostile schema catches what runs with the session's path (functions whose
 * body sets no search_path, called by the script or by later statements); a script that names
 * {@code public} instead of {@code @extschema@} shows as a difference.
 */
final class SchemaCheck {
  static final String SCHEMA = "extupgrade_other";
  static final String HOSTILE = "extupgrade_hostile";

  private SchemaCheck() {}

  /** True when the extension may be installed into another schema. */
  static boolean applies(Extension ext) {
    return ext.control().schema() == null;
  }

  /**
   * In database {@code db} (created and dropped here): installs {@code from} in the other schema,
   * then (for an upgrade) updates to {@code to}. Returns the snapshot, or null with a finding.
   */
  static @Nullable Snapshot install(
      Cluster cluster,
      Extension ext,
      String db,
      String from,
      @Nullable String to,
      Duration timeout,
      List<Finding> findings)
      throws SQLException {
    cluster.createDatabase(db, null);
    try (Connection c = cluster.connect(db)) {
      Verifier.execute(c, "set statement_timeout = " + timeout.toMillis());
      Verifier.execute(c, "create schema " + SCHEMA);
      Verifier.execute(c, "create schema " + HOSTILE);
      for (String f :
          List.of(
              "lower(text) returns text",
              "upper(text) returns text",
              "length(text) returns int",
              "now() returns timestamptz")) {
        Verifier.execute(
            c,
            "create function "
                + HOSTILE
                + "."
                + f
                + " language plpgsql as"
                + " $$begin raise exception 'hostile function called'; end$$");
      }
      Verifier.execute(c, "set search_path = " + HOSTILE + ", pg_catalog, " + SCHEMA + ", public");
      String sql =
          "CREATE EXTENSION "
              + Scripts.ident(ext.name())
              + " SCHEMA "
              + SCHEMA
              + " VERSION "
              + Scripts.literal(from)
              + " CASCADE";
      boolean ran = false;
      try {
        Verifier.execute(c, sql);
        if (to != null) {
          sql =
              "ALTER EXTENSION " + Scripts.ident(ext.name()) + " UPDATE TO " + Scripts.literal(to);
          Verifier.execute(c, sql);
        }
        ran = true;
        return CatalogReader.read(c, ext.name());
      } catch (SQLException e) {
        // After the scripts, only a session the script's server died under is their doing.
        if (ran && !ScriptFailure.lost(e)) throw e;
        Finding f =
            ScriptFailure.of(
                e,
                ext,
                sql,
                to == null ? "" : from,
                to == null ? from : to,
                to == null ? ext.installScript(from).orElse(null) : null);
        findings.add(
            new Finding(
                Severity.ERROR,
                "schema-differs",
                f.object(),
                f.from(),
                f.to(),
                "in schema " + SCHEMA + " behind a hostile search_path: " + f.message(),
                f.where(),
                "",
                f.detail()));
        return null;
      }
    } finally {
      cluster.dropDatabase(db);
    }
  }

  /**
   * The findings of {@code others} except the schema findings that repeat, in the other schema, one
   * of {@code main} (same versions, same object once the schema is named {@code public}): the
   * scenario reports only what the other schema changes.
   */
  static List<Finding> beyond(List<Finding> main, List<Finding> others) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Finding f : main) {
      seen.add(f.from() + "\0" + f.to() + "\0" + f.object());
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : others) {
      String o = f.object().replace(SCHEMA + ".", "public.");
      if (!f.kind().id().equals("schema-differs")
          || !seen.contains(f.from() + "\0" + f.to() + "\0" + o)) {
        out.add(f);
      }
    }
    return out;
  }

  /** The differences of an upgrade in the other schema from a fresh install there. */
  static List<Finding> diff(
      Snapshot fresh, Snapshot upgraded, Scenario s, @Nullable Location where) {
    List<Finding> out = new ArrayList<>();
    for (Finding f :
        SnapshotDiff.diff(
            fresh, upgraded, new SnapshotDiff.Scenario(s.from(), s.to(), s.path(), where))) {
      out.add(
          new Finding(
              f.severity(),
              "schema-differs",
              f.object(),
              s.from(),
              s.to(),
              "in schema " + SCHEMA + ": " + f.message(),
              f.where(),
              "",
              f.detail()));
    }
    return out;
  }
}
