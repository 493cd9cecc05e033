package org.extupgrade.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.extupgrade.model.UserError;

/**
 * Reads a {@link Snapshot} of one installed extension. The queries run in one read-only transaction
 * with {@code search_path = pg_catalog}, so every name outside pg_catalog comes out
 * schema-qualified whatever the session's settings were; the connection's state is restored.
 */
public final class CatalogReader {
  private CatalogReader() {}

  /**
   * Snapshots {@code extension} in the database {@code c} is connected to.
   *
   * @throws UserError if the extension is not installed there
   * @throws SQLException if the server fails a query
   */
  public static Snapshot read(Connection c, String extension) throws SQLException {
    int major = c.getMetaData().getDatabaseMajorVersion();
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        s.execute("set transaction isolation level repeatable read, read only");
        s.execute("set local search_path = pg_catalog, pg_temp");
      }
      Map<String, CatalogObject> objects = new TreeMap<>();
      for (String objectClass : CatalogQueries.CLASSES) {
        readClass(c, CatalogQueries.sql(objectClass, major), extension, objects);
      }
      if (!objects.containsKey("extension " + quoteIdent(c, extension))) {
        throw new UserError("extension \"" + extension + "\" is not installed in this database");
      }
      return new Snapshot(extension, major, new TreeMap<>(objects));
    } finally {
      c.rollback();
      c.setAutoCommit(autoCommit);
    }
  }

  private static void readClass(
      Connection c, String sql, String extension, Map<String, CatalogObject> into)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, extension);
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          String identity = rs.getString("identity");
          TreeMap<String, String> fields = new TreeMap<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            String name = md.getColumnLabel(i);
            String value = rs.getString(i);
            if (!name.equals("identity") && value != null) {
              fields.put(name, value);
            }
          }
          into.merge(
              identity, new CatalogObject(identity, fields), (old, neu) -> old.with(neu.fields()));
        }
      }
    }
  }

  private static String quoteIdent(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select quote_ident(?)")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
