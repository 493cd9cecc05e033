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
import org.jspecify.annotations.Nullable;

/**
 * What a dump must carry over, read from one database: each configuration table of the extension
 * and each relation of the users (tables, views, indexes, sequences), with the rows of the tables
 * as text, sorted.
 *
 * @param relations by name: {@code c} or {@code u} and the relkind
 * @param rows the rows of each table, by name
 */
record DumpData(Map<String, String> relations, Map<String, List<String>> rows) {
  private static final String SQL = SqlResource.read(DumpData.class, "dumped_relations.sql");

  static DumpData read(Connection c, String extension) throws SQLException {
    Map<String, String> relations = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setString(1, extension);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) relations.put(rs.getString(1), rs.getString(2) + rs.getString(3));
      }
    }
    Map<String, List<String>> rows = new TreeMap<>();
    for (Map.Entry<String, String> r : relations.entrySet()) {
      if (r.getValue().endsWith("r") || r.getValue().endsWith("p")) {
        rows.put(r.getKey(), rows(c, r.getKey()));
      }
    }
    return new DumpData(relations, rows);
  }

  private static List<String> rows(Connection c, String rel) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select r::text from " + rel + " r")) {
      while (rs.next()) out.add(rs.getString(1));
    }
    out.sort(null);
    return out;
  }

  /** True for a configuration table of the extension. */
  boolean config(String rel) {
    String k = relations.get(rel);
    return k != null && k.startsWith("c");
  }

  /** What {@code restored} lacks of this database, one line per relation (null when nothing). */
  static @Nullable String lost(String rel, List<String> before, @Nullable List<String> after) {
    if (after == null) return null;
    List<String> gone = new ArrayList<>(before);
    for (String r : after) gone.remove(r);
    List<String> extra = new ArrayList<>(after);
    for (String r : before) extra.remove(r);
    if (gone.isEmpty() && extra.isEmpty()) return null;
    List<String> detail = new ArrayList<>();
    gone.stream().limit(10).forEach(r -> detail.add("- " + r));
    extra.stream().limit(10).forEach(r -> detail.add("+ " + r));
    return gone.size()
        + " rows lost or changed, "
        + extra.size()
        + " new\n"
        + String.join("\n", detail);
  }
}
