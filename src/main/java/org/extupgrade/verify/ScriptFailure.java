package org.extupgrade.verify;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a failed {@code CREATE EXTENSION} or {@code ALTER EXTENSION ... UPDATE} into a finding that
 * names the script and the line. PostgreSQL 18 names both in the error context ({@code extension
 * script file "x--1.0.sql", near line 4}); older servers give at most a position in the script's
 * text (syntax errors), so the caller passes the script it was running.
 */
final class ScriptFailure {
  private static final Pattern CONTEXT =
      Pattern.compile("extension script file \"([^\"]+)\", near line (\\d+)");
  private static final Pattern ECHO = Pattern.compile("(?m)^\\\\echo.*$");
  static final String QUERY_CANCELED = "57014";

  private ScriptFailure() {}

  /**
   * @param statement what was run, e.g. {@code ALTER EXTENSION e UPDATE TO '1.1'}
   * @param running the script that was running when the server failed, when known
   */
  static Finding of(
      SQLException e,
      Extension ext,
      String statement,
      String from,
      String to,
      @Nullable Script running) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    ServerErrorMessage m = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    String message = m != null && m.getMessage() != null ? m.getMessage() : e.getMessage();
    Location where = locate(m, ext, running);
    List<String> detail = new ArrayList<>();
    detail.add("SQLSTATE " + state + ": " + message);
    if (m != null) {
      if (m.getDetail() != null) {
        detail.add("DETAIL: " + m.getDetail());
      }
      if (m.getHint() != null) {
        detail.add("HINT: " + m.getHint());
      }
      if (m.getWhere() != null) {
        detail.add("CONTEXT: " + m.getWhere());
      }
    }
    boolean timeout = QUERY_CANCELED.equals(state);
    if (lost(e)) {
      message =
          "the session ended (the script ended it, or its server process crashed): " + message;
    }
    String kind =
        timeout
            ? "script-timeout"
            : statement.startsWith("CREATE") ? "install-fails" : "update-fails";
    String what =
        timeout
            ? statement + " did not finish within the statement timeout"
            : statement + " fails: " + message;
    return new Finding(
        Severity.ERROR,
        kind,
        "extension " + ext.name(),
        from,
        to,
        what,
        where,
        "",
        String.join("\n", detail));
  }

  /**
   * True when the failure ended the session: the server terminated it (57P01 to 57P03) or the
   * connection broke (class 08, a crashed backend). Nothing more can run on that connection.
   */
  static boolean lost(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return state.startsWith("08") || state.startsWith("57P0");
  }

  private static @Nullable Location locate(
      @Nullable ServerErrorMessage m, Extension ext, @Nullable Script running) {
    if (m != null && m.getWhere() != null) {
      Matcher x = CONTEXT.matcher(m.getWhere());
      if (x.find()) {
        return new Location(fileNamed(ext, x.group(1), running), Integer.parseInt(x.group(2)), 0);
      }
    }
    if (running == null) {
      return null;
    }
    if (m != null && m.getPosition() > 0) {
      // Before 18 an error's position (syntax, undefined names) counts characters in the whole
      // script, its \echo lines blanked (so lines keep their numbers).
      String text = ECHO.matcher(ScriptText.read(ext, running)).replaceAll("");
      int end = Math.min(m.getPosition() - 1, text.length());
      int line = 1 + (int) text.substring(0, end).chars().filter(ch -> ch == '\n').count();
      return new Location(running.file(), line, 0);
    }
    return Location.of(running.file());
  }

  /** The user's file behind a canonical script name, or the name itself if it is not known. */
  private static Path fileNamed(Extension ext, String name, @Nullable Script running) {
    if (running != null && running.canonicalName().equals(name)) {
      return running.file();
    }
    for (Script s : ext.installScripts()) {
      if (s.canonicalName().equals(name)) {
        return s.file();
      }
    }
    for (Script s : ext.updateScripts()) {
      if (s.canonicalName().equals(name)) {
        return s.file();
      }
    }
    return Path.of(name);
  }
}
