package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.extupgrade.stub.LibrarySymbols;

/**
 * Library compatibility for the versions no scenario installs (those with no update path to the
 * target): each is installed once, in a database of its own, against the staged module; a missing
 * symbol is a {@code library-missing-symbol} finding like the others.
 */
final class UncoveredVersions {
  private UncoveredVersions() {}

  static List<Finding> check(Cluster cluster, Extension ext, VerifyResult r) throws SQLException {
    Set<String> covered = new TreeSet<>();
    covered.add(r.target());
    for (Scenario s : r.scenarios()) {
      covered.add(s.from());
    }
    List<String> versions = new ArrayList<>();
    try (Connection c = cluster.connect("postgres");
        PreparedStatement ps =
            c.prepareStatement(
                "select version from pg_available_extension_versions where name = ?"
                    + " order by version")) {
      ps.setString(1, ext.name());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (!covered.contains(rs.getString(1))) {
            versions.add(rs.getString(1));
          }
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    int n = 0;
    for (String v : versions) {
      String db = "extupgrade_library_" + n++;
      cluster.createDatabase(db, null);
      try (Connection c = cluster.connect(db);
          Statement st = c.createStatement()) {
        String name = '"' + ext.name().replace("\"", "\"\"") + '"';
        st.execute("DROP EXTENSION IF EXISTS " + name + " CASCADE");
        st.execute("CREATE EXTENSION " + name + " VERSION '" + v.replace("'", "''") + "' CASCADE");
      } catch (SQLException e) {
        Location where = ext.installScript(v).map(s -> Location.of(s.file())).orElse(null);
        out.add(
            new Finding(
                Severity.ERROR,
                "install-fails",
                "extension " + ext.name(),
                "",
                v,
                "CREATE EXTENSION fails: " + e.getMessage(),
                where,
                "",
                ""));
      } finally {
        cluster.dropDatabase(db);
      }
    }
    // Only the missing symbols are this check's business; other failures of a version with no
    // path are not about the library.
    return LibrarySymbols.classify(out, ext).stream()
        .filter(f -> f.kind().id().equals("library-missing-symbol"))
        .toList();
  }
}
