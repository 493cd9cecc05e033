package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Settings a script leaves changed in the session: {@code pg_settings} (and custom settings) before
 * and after one {@code CREATE} or {@code ALTER EXTENSION} on the same connection. PostgreSQL itself
 * restores what it sets around a script (search_path, client_min_messages, log_min_messages,
 * check_function_bodies); a plain {@code SET} or {@code set_config(.., false)} in the script
 * outlives it.
 */
final class SettingsCheck {
  /** Settings that change with the transaction state or the server, not with a script. */
  private static final Set<String> IGNORED =
      Set.of("transaction_isolation", "transaction_read_only", "transaction_deferrable");

  private SettingsCheck() {}

  /**
   * Every setting of this session not at its built-in default, name to value. Settings at their
   * default are left out, so that a library loaded by a script (which defines its own settings) is
   * not a change, while a SET in the script (source "session") is.
   */
  static Map<String, String> read(Connection c) throws SQLException {
    Map<String, String> out = new TreeMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select name, setting from pg_catalog.pg_settings where source <> 'default'")) {
      while (rs.next()) {
        if (!IGNORED.contains(rs.getString(1))) {
          out.put(rs.getString(1), Objects.toString(rs.getString(2), ""));
        }
      }
    }
    return out;
  }

  /** One finding listing every setting that differs, or none. */
  static List<Finding> leaks(
      Map<String, String> before,
      Map<String, String> after,
      String extension,
      String from,
      String to,
      String statement,
      @Nullable Location where) {
    TreeSet<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    List<String> changed = new ArrayList<>();
    for (String n : names) {
      String a = before.get(n);
      String b = after.get(n);
      if (!Objects.equals(a, b)) {
        changed.add(n + ": " + (a == null ? "(unset)" : a) + " -> " + (b == null ? "(unset)" : b));
      }
    }
    if (changed.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Finding(
            Severity.WARNING,
            "setting-leaks",
            "extension " + extension,
            from,
            to,
            statement
                + " leaves "
                + changed.size()
                + " setting(s) changed in the session: "
                + String.join(", ", changed.stream().map(x -> x.split(":")[0]).toList()),
            where,
            "use SET LOCAL, or set_config(name, value, true), or a SET clause on the function",
            String.join("\n", changed)));
  }
}
