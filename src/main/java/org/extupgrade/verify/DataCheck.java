package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.extupgrade.catalog.SqlResource;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Data that must survive an update: the rows of the extension's configuration tables (none may be
 * lost or changed; the update may add rows) and of user relations that depend on the extension's
 * objects (tables with its types, defaults, indexes, constraints or triggers over its functions,
 * views over anything of it: exactly the same rows). Rows are compared as their text form, a copy
 * taken before the update into a temporary table. After the update, dependent user objects must
 * still work: views answer, indexes are valid, defaults evaluate. A configuration table the update
 * drops (or renames) is no data finding: the catalog comparison with the fresh install decides
 * (nothing when the new version has no such table either, a missing object when it has). One it
 * drops and creates again under the same name is read, and its lost rows are reported.
 */
final class DataCheck {
  /** Relations to watch: name, kind ('c' configuration table, 'u' user relation). */
  private static final String RELATIONS =
      SqlResource.read(DataCheck.class, "watched_relations.sql");

  /** Indexes and column defaults of user relations over the extension's objects. */
  private static final String OBJECTS = SqlResource.read(DataCheck.class, "dependent_objects.sql");

  private final Map<String, String> watched = new TreeMap<>();

  /** Before the update: copies the rows of every watched relation. */
  static DataCheck before(Connection c, String extension) throws SQLException {
    DataCheck d = new DataCheck();
    try (PreparedStatement ps = c.prepareStatement(RELATIONS)) {
      ps.setString(1, extension);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          d.watched.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    int i = 0;
    for (String rel : d.watched.keySet()) {
      Verifier.execute(
          c,
          "create temporary table extupgrade_rows_"
              + i++
              + " as select r::text as r from "
              + rel
              + " r");
    }
    return d;
  }

  /** After the update: lost, changed or added rows, and user objects that no longer work. */
  List<Finding> after(
      Connection c, String extension, String from, String to, @Nullable Location where)
      throws SQLException {
    List<Finding> out = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, String> e : watched.entrySet()) {
      String copy = "extupgrade_rows_" + i++;
      String rel = e.getKey();
      boolean config = e.getValue().equals("c");
      if (config && !exists(c, rel)) continue; // dropped or renamed by the update
      String lost = "select r from " + copy + " except all select x::text from " + rel + " x";
      String added = "select x::text from " + rel + " x except all select r from " + copy;
      List<String> gone;
      List<String> extra;
      try {
        gone = rows(c, lost);
        extra = config ? List.of() : rows(c, added);
      } catch (SQLException x) {
        out.add(
            broken("relation " + rel, from, to, rel + " cannot be read: " + x.getMessage(), where));
        continue;
      }
      if (!gone.isEmpty() || !extra.isEmpty()) {
        List<String> detail = new ArrayList<>();
        gone.stream().limit(10).forEach(r -> detail.add("- " + r));
        extra.stream().limit(10).forEach(r -> detail.add("+ " + r));
        out.add(
            new Finding(
                Severity.ERROR,
                "data-changed",
                (config ? "configuration table " : "relation ") + rel,
                from,
                to,
                "the update from "
                    + from
                    + " to "
                    + to
                    + " changes the rows of "
                    + rel
                    + ": "
                    + gone.size()
                    + " lost or changed, "
                    + extra.size()
                    + " new",
                where,
                "",
                String.join("\n", detail)));
      }
    }
    objects(c, extension, from, to, where, out);
    return out;
  }

  private static void objects(
      Connection c,
      String extension,
      String from,
      String to,
      @Nullable Location where,
      List<Finding> out)
      throws SQLException {
    List<String[]> found = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(OBJECTS)) {
      ps.setString(1, extension);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
      }
    }
    for (String[] o : found) {
      if ("false".equals(o[1])) {
        out.add(broken(o[0], from, to, o[0] + " is no longer valid after the update", where));
      } else if (o[2] != null) {
        try {
          rows(c, "select (" + o[2] + ")::text");
        } catch (SQLException x) {
          out.add(
              broken(
                  o[0],
                  from,
                  to,
                  o[0] + " no longer evaluates after the update: " + x.getMessage(),
                  where));
        }
      }
    }
  }

  private static Finding broken(
      String object, String from, String to, String message, @Nullable Location where) {
    return new Finding(
        Severity.ERROR, "user-object-broken", object, from, to, message, where, "", "");
  }

  /** True when a relation of that name (as regclass prints it) exists. */
  private static boolean exists(Connection c, String rel) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("select pg_catalog.to_regclass(?) is not null")) {
      ps.setString(1, rel);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /** The rows of {@code sql}, run in a transaction that is rolled back. */
  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    c.setAutoCommit(false);
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      out.sort(null); // the server's order of EXCEPT ALL is not stable
    } finally {
      c.rollback();
      c.setAutoCommit(true);
    }
    return out;
  }
}
