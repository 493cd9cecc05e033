package org.extupgrade.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;
import org.extupgrade.rollback.ConfigReader;
import org.extupgrade.rollback.ConnectionString;
import org.extupgrade.rollback.Replay;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code extupgrade dump}: an extension's configuration data as SQL to replay after a rollback. */
@Command(
    name = "dump",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the rows of an installed extension's configuration tables (those registered with"
          + " pg_extension_config_dump, as their filters select them) and its registered"
          + " sequences as SQL: INSERTs with columns named, in an order that respects the foreign"
          + " keys between the tables, and setval. The rollback plan: dump, DROP EXTENSION ..."
          + " CASCADE, CREATE EXTENSION ... VERSION 'old', replay (docs/rollback.md).",
      "",
      "Connects as psql does: --db takes a postgresql:// URI or key=value pairs; what it leaves"
          + " out comes from PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD (or PGPASSFILE).",
      "",
      "Examples:",
      "  extupgrade dump -d postgresql://app@db/prod -e pg_trickle > data.sql",
      "  PGDATABASE=prod extupgrade dump --extension pg_trickle --output data.sql"
    },
    footer = {
      "",
      "Exit codes: 0 written, 2 usage or input error (no server, no such extension),"
          + " 3 internal error."
    })
final class DumpCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--debug", description = "Show stack traces for internal errors.")
  boolean debug;

  @Option(
      names = {"-d", "--db"},
      paramLabel = "CONNINFO",
      description =
          "The database: postgresql://user:password@host:port/db or 'host=... dbname=...'"
              + " (default: the PG* environment variables, else localhost:5432).")
  @Nullable String db;

  @Option(
      names = {"-e", "--extension"},
      paramLabel = "NAME",
      description =
          "The extension (default: the one whose control file is in the current directory).")
  @Nullable String extension;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the SQL to FILE instead of standard output.")
  @Nullable Path output;

  @Override
  public Integer call() {
    String name = extension != null ? extension : controlFileHere();
    ConnectionString conn =
        ConnectionString.parse(db, System.getenv(), System.getProperty("user.name", "postgres"));
    Replay replay;
    try (Connection c = connect(conn)) {
      replay = ConfigReader.read(c, name);
    } catch (SQLException e) {
      throw new UserError(
          "cannot read the configuration data of "
              + name
              + " in "
              + conn.where()
              + ": "
              + first(e));
    }
    if (output == null) {
      spec.commandLine().getOut().print(replay.text());
    } else {
      try {
        Files.writeString(output, replay.text(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UserError(Location.of(output), "cannot write: " + UserError.describe(e));
      }
    }
    return Main.OK;
  }

  private static Connection connect(ConnectionString conn) {
    try {
      return DriverManager.getConnection(conn.jdbcUrl(), conn.properties());
    } catch (SQLException e) {
      throw new UserError("cannot connect to " + conn.where() + ": " + first(e));
    }
  }

  private static String first(SQLException e) {
    return e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
  }

  private static String controlFileHere() {
    try (Stream<Path> files = Files.list(Path.of("."))) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".control"))
              .sorted()
              .toList();
      if (names.size() == 1) return names.get(0).substring(0, names.get(0).length() - 8);
      throw new UserError(
          "give --extension NAME"
              + (names.isEmpty()
                  ? " (no control file in the current directory)"
                  : " (the current directory has " + names.size() + " control files)"));
    } catch (IOException e) {
      throw new UserError("give --extension NAME (" + UserError.describe(e) + ")");
    }
  }
}
