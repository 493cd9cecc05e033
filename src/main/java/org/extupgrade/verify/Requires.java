package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Requirements;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;

/**
 * The extensions the control files require that the server does not have. {@code CREATE EXTENSION
 * ... CASCADE} would fail in every scenario with the server's words about another extension
 * (PostgreSQL 18: "is not available"; before: "could not open extension control file"), blamed on a
 * full install script that is not at fault; asked first, it is one finding at the {@code requires}
 * line.
 */
final class Requires {
  private Requires() {}

  static List<Finding> unavailable(Connection c, Extension ext, int major) throws SQLException {
    Map<String, Location> named = Requirements.named(ext);
    if (named.isEmpty()) return List.of();
    Set<String> available = new HashSet<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select name from pg_available_extensions")) {
      while (rs.next()) available.add(rs.getString(1));
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, Location> r : named.entrySet()) {
      if (available.contains(r.getKey())) continue;
      out.add(
          Finding.of(FindingKind.REQUIRES_UNAVAILABLE)
              .object("extension " + r.getKey())
              .message(
                  "requires names "
                      + r.getKey()
                      + ", which PostgreSQL "
                      + major
                      + " here does not have (not in pg_available_extensions): "
                      + ext.name()
                      + " cannot be installed, so verify ran no scenario")
              .at(r.getValue())
              .fix(
                  "install "
                      + r.getKey()
                      + " into the PostgreSQL verify runs on (--pg-bindir), or drop it from"
                      + " requires if the extension does not need it")
              .build());
    }
    return out;
  }
}
