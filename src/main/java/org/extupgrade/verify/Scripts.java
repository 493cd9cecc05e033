package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import org.extupgrade.layout.Extension;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@code CREATE EXTENSION} and {@code ALTER EXTENSION ... UPDATE} on one connection, under a
 * statement timeout, turning failures into {@link ScriptException}s that name the script.
 */
final class Scripts {
  private final Extension ext;
  private final Connection c;

  Scripts(Extension ext, Connection c, Duration timeout) throws SQLException {
    this.ext = ext;
    this.c = c;
    Verifier.execute(c, "set statement_timeout = " + timeout.toMillis());
  }

  /** Installs {@code version} (and, with CASCADE, the extensions it requires). */
  void create(@Nullable Scenario s, String version) throws ScriptException {
    String sql =
        "CREATE EXTENSION " + ident(ext.name()) + " VERSION " + literal(version) + " CASCADE";
    try {
      // A template may already hold the extension (plpgsql is in every database).
      Verifier.execute(c, "DROP EXTENSION IF EXISTS " + ident(ext.name()) + " CASCADE");
      Verifier.execute(c, sql);
    } catch (SQLException e) {
      throw new ScriptException(
          ScriptFailure.of(
              e,
              ext,
              sql,
              s == null ? "" : s.from(),
              s == null ? version : s.to(),
              ext.installScript(version).orElse(null)),
          e);
    }
  }

  /** One step, by the update script from {@code from} to {@code to}. */
  void update(Scenario s, String from, String to) throws ScriptException {
    String sql = alter(to);
    try {
      Verifier.execute(c, sql);
    } catch (SQLException e) {
      throw new ScriptException(
          ScriptFailure.of(e, ext, sql, s.from(), s.to(), ext.updateScript(from, to).orElse(null)),
          e);
    }
  }

  /**
   * {@code UPDATE TO} the target in one statement, PostgreSQL choosing the path. If it fails and
   * the server does not say in which script (before PostgreSQL 18), the steps are replayed one by
   * one (the failed update left nothing behind) so that the failing script is named.
   */
  void updatePath(Scenario s) throws ScriptException {
    String sql = alter(s.to());
    try {
      Verifier.execute(c, sql);
    } catch (SQLException e) {
      ScriptException whole =
          new ScriptException(
              ScriptFailure.of(
                  e,
                  ext,
                  sql,
                  s.from(),
                  s.to(),
                  s.steps().size() == 2 ? ext.updateScript(s.from(), s.to()).orElse(null) : null),
              e);
      if (whole.finding().where() != null && whole.finding().where().line() > 0
          || ScriptFailure.QUERY_CANCELED.equals(e.getSQLState())
          || ScriptFailure.lost(e)) {
        throw whole;
      }
      for (int i = 1; i < s.steps().size(); i++) {
        update(s, s.steps().get(i - 1), s.steps().get(i));
      }
      throw whole;
    }
  }

  /**
   * A failure that says nothing about the extension: a library or required extension is missing.
   */
  static boolean outsideTheExtension(SQLException e) {
    String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    return "58P01".equals(e.getSQLState())
        || m.contains("could not load library")
        || m.contains("could not access file");
  }

  private String alter(String to) {
    return "ALTER EXTENSION " + ident(ext.name()) + " UPDATE TO " + literal(to);
  }

  static String ident(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
