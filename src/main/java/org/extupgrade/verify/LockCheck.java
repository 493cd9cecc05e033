package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.extupgrade.catalog.SqlResource;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The locks an update transaction holds, before it commits, on relations the extension does not
 * own: not members of it (nor indexes, TOAST tables or sequences of its members), not system
 * catalogs, not temporary. {@code AccessShareLock} (plain reads) is left out: it blocks only {@code
 * ACCESS EXCLUSIVE}.
 */
final class LockCheck {
  private static final String SQL = SqlResource.read(LockCheck.class, "user_table_locks.sql");

  private LockCheck() {}

  /** In the open update transaction: one finding per relation locked, with its lock modes. */
  static List<Finding> held(
      Connection c, String extension, String from, String to, @Nullable Location where)
      throws SQLException {
    List<Finding> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setString(1, extension);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String rel = rs.getString(1);
          String modes = rs.getString(2);
          out.add(
              new Finding(
                  Severity.WARNING,
                  "locks-user-table",
                  "relation " + rel,
                  from,
                  to,
                  "the update from "
                      + from
                      + " to "
                      + to
                      + " holds "
                      + modes
                      + " on "
                      + rel
                      + ", which the extension does not own, until it commits",
                  where,
                  "",
                  "locks held before COMMIT: " + modes));
        }
      }
    }
    return out;
  }
}
