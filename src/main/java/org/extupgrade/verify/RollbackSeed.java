package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extupgrade.catalog.SqlResource;
import org.jspecify.annotations.Nullable;

/**
 * Rows for a rollback rehearsal without the author's seed: one generated row per configuration
 * table, each column without a default given a plain value of its type's category; a row that fails
 * (a check, a foreign key) or that the table's dump filter does not select is taken back.
 */
final class RollbackSeed {
  private static final String SQL =
      SqlResource.read(RollbackSeed.class, "rollback_seed_columns.sql");

  private RollbackSeed() {}

  /** A table's filter and the columns given a value, with the NULL-able ones' positions. */
  private record Table(
      String filter, List<String> names, List<String> values, List<Integer> nullable) {
    /** The same row with NULL in every column that takes one (past a check on a plain value). */
    Table nulls() {
      List<String> v = new ArrayList<>(values);
      for (int i : nullable) v.set(i, "NULL");
      return new Table(filter, names, v, List.of());
    }
  }

  /** Inserts the rows; one phrase saying what was seeded. */
  static String insert(Connection c, String extension) throws SQLException {
    Map<String, Table> tables = new LinkedHashMap<>();
    List<String> unfit = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setString(1, extension);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String filter = rs.getString(2);
          Table t =
              tables.computeIfAbsent(
                  rs.getString(1),
                  k -> new Table(filter, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
          if (rs.getString(3) == null) continue; // every column has a default
          String v = value(rs.getString(4), rs.getString(5), rs.getString(6));
          if (v == null && rs.getBoolean(7)) unfit.add(rs.getString(1));
          if (!rs.getBoolean(7)) t.nullable().add(t.names().size());
          t.names().add(Scripts.ident(rs.getString(3)));
          t.values().add(v == null ? "NULL" : Scripts.literal(v));
        }
      }
    }
    if (tables.isEmpty()) return "no configuration tables, nothing to carry over";
    List<String> seeded = new ArrayList<>();
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      for (Map.Entry<String, Table> e : tables.entrySet()) {
        if (unfit.contains(e.getKey())) continue;
        Table t = e.getValue();
        if (tryRow(st, e.getKey(), t)
            || !t.nullable().isEmpty() && tryRow(st, e.getKey(), t.nulls())) seeded.add(e.getKey());
      }
      c.commit();
    } finally {
      c.setAutoCommit(true);
    }
    return seeded.isEmpty()
        ? "no seed and no configuration table takes a generated row: the rehearsal has no data"
        : "no seed, a generated row in "
            + seeded.size()
            + " of "
            + tables.size()
            + " configuration tables ("
            + String.join(", ", seeded)
            + ")";
  }

  private static boolean tryRow(Statement st, String table, Table t) throws SQLException {
    String count = "SELECT count(*) FROM " + table + (t.filter().isBlank() ? "" : " " + t.filter());
    st.execute("SAVEPOINT extupgrade_seed");
    try {
      long n0 = count(st, count);
      st.execute(
          t.names().isEmpty()
              ? "INSERT INTO " + table + " DEFAULT VALUES"
              : "INSERT INTO "
                  + table
                  + " ("
                  + String.join(", ", t.names())
                  + ") VALUES ("
                  + String.join(", ", t.values())
                  + ")");
      if (count(st, count) > n0) return true;
    } catch (SQLException e) {
      // not a row this table takes
    }
    st.execute("ROLLBACK TO SAVEPOINT extupgrade_seed");
    return false;
  }

  private static long count(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A value of the type's category, or null when there is no plain one. */
  static @Nullable String value(String category, String type, @Nullable String enumLabel) {
    return switch (category) {
      case "N" -> "4242";
      case "S" -> "rollback";
      case "B" -> "false";
      case "D" -> "2001-02-03 04:05:06";
      case "T" -> "1 hour";
      case "A" -> "{}";
      case "E" -> enumLabel;
      case "I" -> "192.0.2.1";
      default ->
          switch (type) {
            case "json", "jsonb" -> "{}";
            case "uuid" -> "00000000-0000-4000-8000-000000004242";
            case "bytea" -> "\\x42";
            default -> null;
          };
    };
  }
}
