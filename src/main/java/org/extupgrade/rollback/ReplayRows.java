package org.extupgrade.rollback;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The statements that restore one relation: for a table, an INSERT per row its filter selects,
 * columns named, values as literals the server quoted, generated columns left out, {@code
 * OVERRIDING SYSTEM VALUE} where there is an identity column, then {@code setval} of the sequences
 * its serial and identity columns own (those ever used); for a sequence, its {@code setval}.
 */
final class ReplayRows {
  private ReplayRows() {}

  /**
   * @param registered the sequences registered themselves (restored by their own part)
   */
  static Replay.Part table(Connection c, ConfigRelation t, Set<String> registered)
      throws SQLException {
    List<ConfigRelation.Column> cols =
        t.columns().stream().filter(col -> !col.generated()).toList();
    boolean identity = cols.stream().anyMatch(ConfigRelation.Column::identity);
    String names = String.join(", ", cols.stream().map(col -> col.quoted()).toList());
    String head =
        "INSERT INTO "
            + t.name()
            + (cols.isEmpty() ? "" : " (" + names + ")")
            + (identity ? " OVERRIDING SYSTEM VALUE" : "");
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(select(t, cols))) {
      while (rs.next()) {
        if (cols.isEmpty()) {
          out.add(head + " DEFAULT VALUES;");
          continue;
        }
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= cols.size(); i++) values.add(rs.getString(i));
        out.add(head + " VALUES (" + String.join(", ", values) + ");");
      }
    }
    int rows = out.size();
    for (ConfigRelation.Column col : t.columns()) {
      if (col.ownsSequence()) ownedSequence(c, t, col, registered).ifPresent(out::add);
    }
    String filter = t.filter().isEmpty() ? "" : " " + t.filter();
    return new Replay.Part(
        t.name(), t.name() + filter + ": " + rows + (rows == 1 ? " row" : " rows"), out);
  }

  static Replay.Part sequence(Connection c, ConfigRelation s) throws SQLException {
    String value = state(c, s.name());
    return new Replay.Part(
        s.name(),
        s.name() + " (sequence)",
        List.of("SELECT pg_catalog.setval(" + Replay.quoteLiteral(s.name()) + ", " + value + ");"));
  }

  /** The rows the filter selects, each column quoted by the server, in primary-key order. */
  private static String select(ConfigRelation t, List<ConfigRelation.Column> cols) {
    List<String> exprs = new ArrayList<>();
    for (ConfigRelation.Column col : cols) {
      exprs.add("pg_catalog.quote_nullable(" + col.quoted() + ")");
    }
    List<String> key =
        t.columns().stream()
            .filter(col -> col.keyPosition() > 0)
            .sorted((a, b) -> Integer.compare(a.keyPosition(), b.keyPosition()))
            .map(col -> col.quoted())
            .toList();
    List<String> order = new ArrayList<>(key);
    if (order.isEmpty()) for (int i = 1; i <= cols.size(); i++) order.add(Integer.toString(i));
    return "SELECT "
        + (exprs.isEmpty() ? "1" : String.join(", ", exprs))
        + " FROM "
        + (t.kind() == 'p' ? "" : "ONLY ")
        + t.name()
        + (t.filter().isEmpty() ? "" : " " + t.filter())
        + (order.isEmpty() ? "" : " ORDER BY " + String.join(", ", order));
  }

  /** The setval of the sequence a serial or identity column owns, found again by its column. */
  private static Optional<String> ownedSequence(
      Connection c, ConfigRelation t, ConfigRelation.Column col, Set<String> registered)
      throws SQLException {
    String seq;
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT pg_catalog.pg_get_serial_sequence("
                    + Replay.quoteLiteral(t.name())
                    + ", "
                    + Replay.quoteLiteral(col.name())
                    + ")")) {
      rs.next();
      seq = rs.getString(1);
    }
    if (seq == null || registered.contains(seq)) return Optional.empty();
    String state = state(c, seq);
    // never used (or reset): CREATE EXTENSION gives it the same state, nothing to restore
    if (state.endsWith(", false")) return Optional.empty();
    return Optional.of(
        "SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence("
            + Replay.quoteLiteral(t.name())
            + ", "
            + Replay.quoteLiteral(col.name())
            + "), "
            + state(c, seq)
            + ");");
  }

  /** A sequence's {@code last_value, is_called}. */
  private static String state(Connection c, String sequence) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT last_value, is_called FROM " + sequence)) {
      rs.next();
      return rs.getString(1) + ", " + String.valueOf(rs.getBoolean(2)).toLowerCase(Locale.ROOT);
    }
  }
}
