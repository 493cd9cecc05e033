package org.extupgrade.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;
import org.extupgrade.sql.Lexer;
import org.extupgrade.sql.RawStatement;
import org.extupgrade.sql.Statements;
import org.extupgrade.sql.Token;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The author's SQL for the data scenario, by convention in {@code test/upgrade/} under the
 * extension's folder: {@code seed--X.sql} runs right after installing version X, as a user would
 * use the extension; {@code check.sql} holds queries whose results are compared. Plain SQL, one
 * statement after another (no psql meta-commands).
 */
final class UserData {
  static final Path FOLDER = Path.of("test", "upgrade");

  /** How a check query's failure stands in for its rows. */
  static final String ERROR = "ERROR: ";

  private UserData() {}

  /** The seed of {@code version}, if the author wrote one. */
  static Optional<Path> seed(Extension ext, String version) {
    Path p = ext.root().resolve(FOLDER).resolve("seed--" + version + ".sql");
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /** The check queries, if the author wrote them. */
  static Optional<Path> check(Extension ext) {
    Path p = ext.root().resolve(FOLDER).resolve("check.sql");
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /**
   * Reads the check queries and every seed now, so that a file that cannot be read (not UTF-8, not
   * a regular file) is one clear error before any cluster starts.
   */
  static void readAll(Extension ext) {
    check(ext).ifPresent(UserData::statements);
    Path dir = ext.root().resolve(FOLDER);
    if (!Files.isDirectory(dir)) return;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith("seed--") && name.endsWith(".sql")) statements(p);
      }
    } catch (IOException e) {
      throw new UserError(Location.of(dir), "cannot list: " + UserError.describe(e));
    }
  }

  /** The statements of {@code file}, each with where it starts. */
  static List<Sql> statements(Path file) {
    // Not UTF-8, unreadable or too large: a UserError naming the file (and the line).
    String text = ScriptText.readUtf8(file);
    List<Sql> out = new ArrayList<>();
    for (RawStatement s : Statements.split(Lexer.lex(file, text))) {
      out.add(new Sql(String.join(" ", s.tokens().stream().map(Token::text).toList()), s.at()));
    }
    return out;
  }

  /** The server's message when {@code rows} stand for a failed query, else null. */
  static @Nullable String error(List<String> rows) {
    return rows.size() == 1 && rows.get(0).startsWith(ERROR)
        ? rows.get(0).substring(ERROR.length())
        : null;
  }

  /** One statement of an author's file. */
  record Sql(String text, Location at) {}

  /** Runs every statement of a seed; a failing one is the author's error. */
  static void run(Connection c, Path file) throws SQLException {
    for (Sql s : statements(file)) {
      try (Statement st = c.createStatement()) {
        st.execute(s.text());
      } catch (SQLException e) {
        throw new UserError(s.at(), "the seed fails: " + e.getMessage());
      }
    }
  }

  /**
   * Runs each check query; its rows as text lines (columns separated by a tab, NULL as {@code
   * NULL}), sorted, or the error message if it fails (one row starting with {@link #ERROR}).
   */
  static List<List<String>> results(Connection c, List<Sql> queries) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    for (Sql q : queries) {
      List<String> rows = new ArrayList<>();
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.execute("savepoint extupgrade_check");
        try (ResultSet rs = st.executeQuery(q.text())) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            List<String> cols = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              String v = rs.getString(i);
              cols.add(v == null ? "NULL" : v);
            }
            rows.add(String.join("\t", cols));
          }
        } catch (SQLException e) {
          st.execute("rollback to savepoint extupgrade_check");
          // The server's words alone: pgjdbc adds the position, which differs by nothing useful.
          ServerErrorMessage m = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
          rows.add(ERROR + (m != null && m.getMessage() != null ? m.getMessage() : e.getMessage()));
        }
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
      rows.sort(null);
      out.add(List.copyOf(rows));
    }
    return out;
  }
}
