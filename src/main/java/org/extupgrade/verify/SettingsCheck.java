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
 * Settings a script leaves changed in the session: every setting's value before and after one
 * {@code CREATE} or {@code ALTER EXTENSION} on the same connection.
 *
 * <p>PostgreSQL runs a script at a new GUC nest level with client_min_messages, log_min_messages,
 * check_function_bodies and search_path saved, and pops that level at the end; a plain {@code SET}
 * or {@code set_config(.., false)} in the script turns the saved entry into a SET, which survives
 * the pop and the commit, so it outlives the command for the rest of the session. {@code SET LOCAL}
 * ends with the transaction. Only a changed value counts (a SET to the value already in effect
 * changes nothing), and its weight is its effect on the session (docs/scenarios.md): one that only
 * changes which messages are reported or logged is an info {@code message-setting-leaks}; any other
 * is an error {@code setting-leaks}.
 */
final class SettingsCheck {
  /** Settings that change with the transaction state or the server, not with a script. */
  private static final Set<String> IGNORED =
      Set.of("transaction_isolation", "transaction_read_only", "transaction_deferrable");

  private SettingsCheck() {}

  /**
   * Every setting of this session, name to value. A custom setting (its name has a dot) at its
   * default is left out, so that a library loaded by a script (which defines its own settings) is
   * not a change, while a custom setting the script sets is.
   */
  static Map<String, String> read(Connection c) throws SQLException {
    Map<String, String> out = new TreeMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select name, setting from pg_catalog.pg_settings"
                    + " where source <> 'default' or name not like '%.%'")) {
      while (rs.next()) {
        if (!IGNORED.contains(rs.getString(1))) {
          out.put(rs.getString(1), Objects.toString(rs.getString(2), ""));
        }
      }
    }
    return out;
  }

  /**
   * Whether a setting only changes which messages the session reports or logs, not what its
   * statements do.
   */
  static boolean messagesOnly(String name) {
    return name.equals("client_min_messages")
        || name.equals("application_name")
        || name.startsWith("log_")
        || name.startsWith("trace_")
        || name.startsWith("debug_print_")
        || name.equals("debug_pretty_print");
  }

  /** A finding for the settings that change behaviour, one for those that change messages. */
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
    List<String> behaviour = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    for (String n : names) {
      String a = before.get(n);
      String b = after.get(n);
      if (!Objects.equals(a, b)) {
        (messagesOnly(n) ? messages : behaviour)
            .add(n + ": " + (a == null ? "(unset)" : a) + " -> " + (b == null ? "(unset)" : b));
      }
    }
    List<Finding> out = new ArrayList<>();
    if (!behaviour.isEmpty()) {
      out.add(
          finding(
              Severity.ERROR,
              "setting-leaks",
              behaviour,
              extension,
              from,
              to,
              statement,
              where,
              ", so the user's later statements in that session behave differently"));
    }
    if (!messages.isEmpty()) {
      out.add(
          finding(
              Severity.INFO,
              "message-setting-leaks",
              messages,
              extension,
              from,
              to,
              statement,
              where,
              " (only which messages the session reports or logs)"));
    }
    return out;
  }

  private static Finding finding(
      Severity severity,
      String kind,
      List<String> changed,
      String extension,
      String from,
      String to,
      String statement,
      @Nullable Location where,
      String effect) {
    return new Finding(
        severity,
        kind,
        "extension " + extension,
        from,
        to,
        statement
            + " leaves "
            + changed.size()
            + " setting(s) changed for the rest of the session: "
            + String.join(", ", changed.stream().map(x -> x.split(":")[0]).toList())
            + effect,
        where,
        "use SET LOCAL, or set_config(name, value, true), or a SET clause on the function",
        String.join("\n", changed));
  }
}
